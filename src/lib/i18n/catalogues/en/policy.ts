import type { Message } from '../../message'

/** English texts of features/policy; the keys mirror fr/policy.ts. */
export const policy = {
  'policy.link.footer': 'Dialogra’s privacy policy',
  'policy.link.signIn': 'To find out what Dialogra does with your data, read its',
  'policy.link.signInLink': 'privacy policy',
  'policy.link.myData': 'Everything below comes from Dialogra’s privacy policy:',
  'policy.link.myDataLink': 'read the privacy policy',

  'policy.loading': 'Loading the privacy policy…',
  'policy.page.title': 'Privacy policy',
  'policy.version.title': 'Privacy policy, version {version}',
  'policy.version.notFound.title': 'This version does not exist',
  'policy.version.notFound.body': 'No version “{version}” of the policy has been published.',

  'policy.status.inForce': 'Version {version}, in force since {date}.',
  'policy.status.upcoming': 'Version {version}: it will take effect on {date}.',
  'policy.status.superseded':
    'Version {version}, in force from {date} and replaced on {until} by version {next}. It is no longer in force.',
  'policy.status.readCurrent': 'Read the version in force',
  'policy.status.compareWithCurrent': 'Compare with the version in force ({version})',
  'policy.upcoming.title': 'A new version has been published',
  'policy.upcoming.body': 'Version {version} will take effect on {date}.',
  'policy.upcoming.compare': 'See what will change',

  'policy.document.archiveLink': 'All versions of the policy',
  'policy.document.contents': 'Contents',
  'policy.document.print': 'Print the policy',
  'policy.reference.isReference': 'This French text is the reference text of the policy.',
  'policy.reference.isTranslation':
    'You are reading the English translation the centre made to help you read the policy. The reference text is the French one.',
  'policy.reference.readFrench': 'Read the reference text, in French',
  'policy.reference.readEnglish': 'Read the centre’s English translation',
  'policy.sample.title': 'Sample history',
  'policy.sample.body':
    'This version is part of the demonstration centre’s sample history: Dialogra did not publish it. Only version 2026-09 is the text Dialogra published.',
  'policy.note.label': 'Note from the privacy centre (not the text of the policy)',

  'policy.archive.title': 'Versions of the privacy policy',
  'policy.archive.intro':
    'The policy promises to keep its earlier versions in an archive so that you can read them. Here is every version, the date it took effect and what it changed.',
  'policy.archive.sampleNote':
    'The versions marked “Sample history” were made for the demonstration of the centre: Dialogra did not publish them.',
  'policy.archive.caption': { one: '{count} published version', other: '{count} published versions' },
  'policy.archive.column.version': 'Version',
  'policy.archive.column.effective': 'Took effect',
  'policy.archive.column.summary': 'What changed',
  'policy.archive.column.compare': 'Compare',
  'policy.archive.sample': 'Sample history',
  'policy.archive.significant': 'Significant changes',
  'policy.archive.status.inForce': 'In force',
  'policy.archive.status.superseded': 'Replaced',
  'policy.archive.status.upcoming': 'Coming',
  'policy.archive.compareWithPrevious': 'Compare {previous} and {version}',
  'policy.archive.firstVersion': 'First version',
  'policy.acknowledgements.title': 'The versions you have read',
  'policy.acknowledgements.intro':
    'We keep the version and the time you said you had read it. It is never a consent: your consents are recorded separately, in Consents.',
  'policy.acknowledgements.none': 'You have not said you read any version yet.',
  'policy.acknowledgements.atSignUp': 'Version {version}: when you signed up, on {date}',
  'policy.acknowledgements.inCentre': 'Version {version}: in this privacy centre, on {date}',

  'policy.compare.title': 'Compare two versions of the policy',
  'policy.compare.titleVersions': 'Compare versions {from} and {to}',
  'policy.compare.heading': 'Compare two versions',
  'policy.compare.intro':
    'Choose two versions. The comparison always reads from the earlier to the later one: first what changed and what it means for you, then each changed section, word by word.',
  'policy.compare.formLabel': 'Choose the versions to compare',
  'policy.compare.from': 'One version',
  'policy.compare.to': 'The other version',
  'policy.compare.choose': 'Choose a version',
  'policy.compare.option': '{version} – {date}',
  'policy.compare.submit': 'Compare',
  'policy.compare.notFound': 'One of the two versions asked for has not been published.',
  'policy.compare.changesTitle': 'What changed',
  'policy.compare.versionLine': 'Version {version}, took effect on {date}',
  'policy.compare.significant': 'Significant change:',

  'policy.diff.changedTitle': { one: '{count} changed section', other: '{count} changed sections' },
  'policy.diff.unchangedTitle': { one: '{count} unchanged section', other: '{count} unchanged sections' },
  'policy.diff.legend':
    'Added text is underlined and starts with “+”; deleted text is struck through and starts with “−”. The centre’s notes are not compared: they are not part of the policy.',
  'policy.diff.status.added': 'Section added',
  'policy.diff.status.removed': 'Section removed',
  'policy.diff.status.changed': 'Section changed',
  'policy.diff.status.moved': 'moved',
  'policy.diff.movedOnly': 'The text of this section did not change: only its place in the policy did.',
  'policy.diff.insertedStart': '[start of addition]',
  'policy.diff.insertedEnd': '[end of addition]',
  'policy.diff.deletedStart': '[start of deletion]',
  'policy.diff.deletedEnd': '[end of deletion]',

  'policy.impact.title': 'What this means for you',
  'policy.impact.intro':
    'From your consents and the data we hold about you, here are the changes that concern you and what you can do.',
  'policy.impact.signedOut':
    'Sign in to see which of these changes touch your consents and your data, and what you can do.',
  'policy.impact.signIn': 'Sign in to see what this means for you',
  'policy.impact.none':
    'None of these changes touches the consents you have given, the purposes of your data or the categories of data we hold about you.',
  'policy.impact.version': 'Version {version}',
  'policy.impact.because': 'It concerns you because:',
  'policy.impact.reason.consent': 'you have given the consent “{consent}”',
  'policy.impact.reason.purpose': 'your data serves the purpose “{purpose}”',
  'policy.impact.reason.category': 'we hold data of the category “{category}”',
  'policy.impact.consentNotGiven':
    'You have not given the consent “{consent}”: this part of the change applies to your data only if you give it.',
  'policy.impact.whatYouCanDo': 'What you can do:',
  'policy.impact.action.withdraw': 'Withdraw your consent “{consent}”',
  'policy.impact.action.object': 'Object to the purpose “{purpose}”',
  'policy.impact.action.preferences': 'Change your contact preferences',
  'policy.impact.action.eraseCategory': 'Ask for your data “{category}” to be erased',
  'policy.impact.action.erase': 'Ask for some or all of your data to be erased',
  'policy.impact.others': {
    one: '{count} other change does not concern you',
    other: '{count} other changes do not concern you',
  },

  'policy.notice.title': 'Our privacy policy has changed',
  'policy.notice.inForce': 'Version {version} of the privacy policy has been in force since {date}.',
  'policy.notice.changesSince': 'Here are its significant changes since version {since}, the last one you read:',
  'policy.notice.sample':
    'This version is part of the demonstration centre’s sample history: Dialogra did not publish it.',
  'policy.notice.compare': 'See what changed between versions {since} and {version}, and what it means for you',
  'policy.notice.consent.title': 'Your consent is asked for, separately',
  'policy.notice.consent.body':
    'One of these changes applies to your data only with your consent. It is up to you to give it or not, with the switch below; saying you have read the changes does not give it. You can withdraw it at any time in Consents.',
  'policy.notice.acknowledgeHint':
    'We will record the version and the time. It is not a consent: it changes none of your choices.',
  'policy.notice.acknowledge': 'I have read these changes',
  'policy.notice.error': 'We could not record it. Try again.',
  'policy.notice.done.title': 'Recorded',
  'policy.notice.done.body':
    'You said on {date} that you have read version {version}. It is not a consent: your choices stay as you made them.',
  'policy.notice.done.consentsLink': 'See your consents',

  'validation.policy.versionId.required': 'Enter the version of the policy you have read',
  'validation.policy.versionId.notInForce': 'You can only say you have read the version in force',
  'validation.policy.compare.from.required': 'Choose a version',
  'validation.policy.compare.to.required': 'Choose the other version',
  'validation.policy.compare.to.same': 'Choose two different versions',
} as const satisfies Record<string, Message>
