import type { Message } from '../../message'

/** French texts of features/policy (the privacy policy, its archive, comparisons and notice). French is the reference. */
export const policy = {
  /** Links to the policy from the rest of the centre. */
  'policy.link.footer': 'Politique de confidentialité de Dialogra',
  'policy.link.signIn': 'Pour savoir ce que Dialogra fait de vos données, lisez sa',
  'policy.link.signInLink': 'politique de confidentialité',
  'policy.link.myData': 'Tout ce qui suit vient de la politique de confidentialité de Dialogra\u00a0:',
  'policy.link.myDataLink': 'lire la politique de confidentialité',

  'policy.loading': 'Chargement de la politique de confidentialité…',
  'policy.page.title': 'Politique de confidentialité',
  'policy.version.title': 'Politique de confidentialité, version {version}',
  'policy.version.notFound.title': 'Cette version n’existe pas',
  'policy.version.notFound.body': 'Aucune version «\u00a0{version}\u00a0» de la politique n’a été publiée.',

  'policy.status.inForce': 'Version {version}, en vigueur depuis le {date}.',
  'policy.status.upcoming': 'Version {version}\u00a0: elle entrera en vigueur le {date}.',
  'policy.status.superseded':
    'Version {version}, entrée en vigueur le {date} et remplacée le {until} par la version {next}. Elle n’est plus en vigueur.',
  'policy.status.readCurrent': 'Lire la version en vigueur',
  'policy.status.compareWithCurrent': 'Comparer avec la version en vigueur ({version})',
  'policy.upcoming.title': 'Une nouvelle version a été publiée',
  'policy.upcoming.body': 'La version {version} entrera en vigueur le {date}.',
  'policy.upcoming.compare': 'Voir ce qui va changer',

  'policy.document.archiveLink': 'Toutes les versions de la politique',
  'policy.document.contents': 'Sommaire',
  'policy.document.print': 'Imprimer la politique',
  'policy.reference.isReference': 'Ce texte en français est le texte de référence de la politique.',
  'policy.reference.isTranslation':
    'Vous lisez la traduction anglaise faite par le centre pour vous aider à lire la politique. Le texte de référence est le texte français.',
  'policy.reference.readFrench': 'Lire le texte de référence, en français',
  'policy.reference.readEnglish': 'Lire la traduction anglaise du centre',
  'policy.sample.title': 'Exemple d’historique',
  'policy.sample.body':
    'Cette version fait partie de l’historique d’exemple du centre de démonstration\u00a0: Dialogra ne l’a pas publiée. Seule la version 2026-09 est le texte publié par Dialogra.',
  'policy.note.label': 'Note du centre de confidentialité (ce n’est pas le texte de la politique)',

  'policy.archive.title': 'Versions de la politique de confidentialité',
  'policy.archive.intro':
    'La politique promet de conserver ses versions antérieures dans une archive, pour que vous puissiez les consulter. Voici chaque version, la date à laquelle elle est entrée en vigueur et ce qu’elle a changé.',
  'policy.archive.sampleNote':
    'Les versions marquées «\u00a0Exemple d’historique\u00a0» ont été créées pour la démonstration du centre\u00a0: Dialogra ne les a pas publiées.',
  'policy.archive.caption': { one: '{count} version publiée', other: '{count} versions publiées' },
  'policy.archive.column.version': 'Version',
  'policy.archive.column.effective': 'Entrée en vigueur',
  'policy.archive.column.summary': 'Ce qui a changé',
  'policy.archive.column.compare': 'Comparer',
  'policy.archive.sample': 'Exemple d’historique',
  'policy.archive.significant': 'Changements importants',
  'policy.archive.status.inForce': 'En vigueur',
  'policy.archive.status.superseded': 'Remplacée',
  'policy.archive.status.upcoming': 'À venir',
  'policy.archive.compareWithPrevious': 'Comparer {previous} et {version}',
  'policy.archive.firstVersion': 'Première version',
  'policy.acknowledgements.title': 'Les versions dont vous avez pris connaissance',
  'policy.acknowledgements.intro':
    'Nous gardons la version et le moment où vous avez indiqué en avoir pris connaissance. Ce n’est jamais un consentement\u00a0: vos consentements sont enregistrés à part, dans Consentements.',
  'policy.acknowledgements.none': 'Vous n’avez encore pris connaissance d’aucune version.',
  'policy.acknowledgements.atSignUp': 'Version {version}\u00a0: à votre inscription, le {date}',
  'policy.acknowledgements.inCentre': 'Version {version}\u00a0: dans ce centre de confidentialité, le {date}',

  'policy.compare.title': 'Comparer deux versions de la politique',
  'policy.compare.titleVersions': 'Comparer les versions {from} et {to}',
  'policy.compare.heading': 'Comparer deux versions',
  'policy.compare.intro':
    'Choisissez deux versions. La comparaison va toujours de la plus ancienne à la plus récente\u00a0: d’abord ce qui a changé et ce que cela change pour vous, puis chaque section modifiée, mot à mot.',
  'policy.compare.formLabel': 'Choisir les versions à comparer',
  'policy.compare.from': 'Une version',
  'policy.compare.to': 'L’autre version',
  'policy.compare.choose': 'Choisissez une version',
  'policy.compare.option': '{version} – {date}',
  'policy.compare.submit': 'Comparer',
  'policy.compare.notFound': 'L’une des deux versions demandées n’a pas été publiée.',
  'policy.compare.changesTitle': 'Ce qui a changé',
  'policy.compare.versionLine': 'Version {version}, entrée en vigueur le {date}',
  'policy.compare.significant': 'Changement important\u00a0:',

  'policy.diff.changedTitle': { one: '{count} section modifiée', other: '{count} sections modifiées' },
  'policy.diff.unchangedTitle': { one: '{count} section inchangée', other: '{count} sections inchangées' },
  'policy.diff.legend':
    'Le texte ajouté est souligné et précédé de «\u00a0+\u00a0»\u00a0; le texte supprimé est barré et précédé de «\u00a0−\u00a0». Les notes du centre ne sont pas comparées\u00a0: elles ne font pas partie de la politique.',
  'policy.diff.status.added': 'Section ajoutée',
  'policy.diff.status.removed': 'Section supprimée',
  'policy.diff.status.changed': 'Section modifiée',
  'policy.diff.status.moved': 'déplacée',
  'policy.diff.movedOnly': 'Le texte de cette section n’a pas changé\u00a0: seule sa place dans la politique a changé.',
  'policy.diff.insertedStart': '[début de l’ajout]',
  'policy.diff.insertedEnd': '[fin de l’ajout]',
  'policy.diff.deletedStart': '[début de la suppression]',
  'policy.diff.deletedEnd': '[fin de la suppression]',

  'policy.impact.title': 'Ce que cela change pour vous',
  'policy.impact.intro':
    'D’après vos consentements et les données que nous détenons sur vous, voici les changements qui vous concernent et ce que vous pouvez faire.',
  'policy.impact.signedOut':
    'Connectez-vous pour voir lesquels de ces changements touchent vos consentements et vos données, et ce que vous pouvez faire.',
  'policy.impact.signIn': 'Se connecter pour voir ce que cela change pour vous',
  'policy.impact.none':
    'Aucun de ces changements ne touche les consentements que vous avez donnés, les finalités de vos données ni les catégories de données que nous détenons sur vous.',
  'policy.impact.version': 'Version {version}',
  'policy.impact.because': 'Cela vous concerne parce que\u00a0:',
  'policy.impact.reason.consent': 'vous avez donné le consentement «\u00a0{consent}\u00a0»',
  'policy.impact.reason.purpose': 'vos données servent à la finalité «\u00a0{purpose}\u00a0»',
  'policy.impact.reason.category': 'nous détenons des données de la catégorie «\u00a0{category}\u00a0»',
  'policy.impact.consentNotGiven':
    'Vous n’avez pas donné le consentement «\u00a0{consent}\u00a0»\u00a0: cette partie du changement ne s’applique à vos données que si vous le donnez.',
  'policy.impact.whatYouCanDo': 'Ce que vous pouvez faire\u00a0:',
  'policy.impact.action.withdraw': 'Retirer votre consentement «\u00a0{consent}\u00a0»',
  'policy.impact.action.object': 'Vous opposer à la finalité «\u00a0{purpose}\u00a0»',
  'policy.impact.action.preferences': 'Modifier vos préférences de contact',
  'policy.impact.action.eraseCategory': 'Demander l’effacement de vos données «\u00a0{category}\u00a0»',
  'policy.impact.action.erase': 'Demander l’effacement de tout ou partie de vos données',
  'policy.impact.others': {
    one: '{count} autre changement ne vous concerne pas',
    other: '{count} autres changements ne vous concernent pas',
  },

  'policy.notice.title': 'Notre politique de confidentialité a changé',
  'policy.notice.inForce': 'La version {version} de la politique de confidentialité est en vigueur depuis le {date}.',
  'policy.notice.changesSince':
    'Voici ses changements importants depuis la version {since}, la dernière dont vous avez pris connaissance\u00a0:',
  'policy.notice.sample':
    'Cette version fait partie de l’historique d’exemple du centre de démonstration\u00a0: Dialogra ne l’a pas publiée.',
  'policy.notice.compare':
    'Voir ce qui a changé entre les versions {since} et {version}, et ce que cela change pour vous',
  'policy.notice.consent.title': 'Un consentement vous est demandé, séparément',
  'policy.notice.consent.body':
    'L’un de ces changements ne s’applique à vos données qu’avec votre consentement. C’est à vous de le donner ou non, avec l’interrupteur ci-dessous\u00a0; indiquer que vous avez pris connaissance des changements ne le donne pas. Vous pourrez le retirer à tout moment dans Consentements.',
  'policy.notice.acknowledgeHint':
    'Nous enregistrerons la version et le moment. Ce n’est pas un consentement\u00a0: cela ne change aucun de vos choix.',
  'policy.notice.acknowledge': 'J’ai pris connaissance de ces changements',
  'policy.notice.error': 'Nous n’avons pas pu l’enregistrer. Réessayez.',
  'policy.notice.done.title': 'C’est enregistré',
  'policy.notice.done.body':
    'Vous avez indiqué le {date} avoir pris connaissance de la version {version}. Ce n’est pas un consentement\u00a0: vos choix restent ceux que vous avez faits.',
  'policy.notice.done.consentsLink': 'Voir vos consentements',

  'validation.policy.versionId.required': 'Indiquez la version de la politique dont vous avez pris connaissance',
  'validation.policy.versionId.notInForce':
    'Vous ne pouvez indiquer avoir pris connaissance que de la version en vigueur',
  'validation.policy.compare.from.required': 'Choisissez une version',
  'validation.policy.compare.to.required': 'Choisissez l’autre version',
  'validation.policy.compare.to.same': 'Choisissez deux versions différentes',
} as const satisfies Record<string, Message>
