import { useContext } from 'react'

import { I18nContext } from '#src/lib/i18n/i18n-context'
import type { Locale } from '#src/lib/i18n/message'

/**
 * The dev panel's own words. They stay out of the app's catalogues because the panel never ships
 * in production; the locale still follows the app's language switch.
 */
const en = {
  toggle: 'Dev panel',
  title: 'Mock server (development only)',
  close: 'Close dev panel',
  resetHeading: 'Demo data',
  resetHelp:
    'Puts back the three demo accounts, signs everyone out, resets the clock and the settings, then reloads the page.',
  reset: 'Reset demo data',
  resetting: 'Resetting…',
  latencyHeading: 'Latency',
  latencyLabel: 'Response time of the mock server',
  latencyRealistic: 'Realistic (100 to 400 ms)',
  latency0: 'None (0 ms)',
  latency500: '500 ms',
  latency2000: '2 seconds',
  scenariosHeading: 'Fault scenarios',
  scenariosHelp: 'Make one endpoint fail the way a real server or network can.',
  scenarioNone: 'Normal',
  scenario_serverError: 'Server error (500)',
  scenario_networkFailure: 'Network failure',
  scenario_slow: 'Slow (3 seconds)',
  scenario_sessionExpired: 'Session expired (401)',
  scenario_rateLimited: 'Rate limited (429)',
  clockHeading: 'Simulated clock',
  clockNow: 'Server date: {date}',
  plusOneDay: '+1 day',
  plusSevenDays: '+7 days',
  plusOneMonth: '+1 month',
  outboxHeading: 'Outbox',
  outboxEmpty: 'No message has been sent yet.',
  outboxTo: 'To:',
  outboxSentAt: 'Sent:',
  outboxRefresh: 'Refresh outbox',
  hintHeading: 'Demo accounts',
  hintHelp: 'This is a demonstration: sign in with one of these accounts.',
  hintEmail: 'Email address:',
  hintPassword: 'Password:',
}

type DevPanelMessages = Readonly<Record<keyof typeof en, string>>

const fr: DevPanelMessages = {
  toggle: 'Panneau de développement',
  title: 'Serveur simulé (développement uniquement)',
  close: 'Fermer le panneau de développement',
  resetHeading: 'Données de démonstration',
  resetHelp:
    'Rétablit les trois comptes de démonstration, déconnecte tout le monde, remet l’horloge et les réglages à zéro, puis recharge la page.',
  reset: 'Réinitialiser les données de démonstration',
  resetting: 'Réinitialisation…',
  latencyHeading: 'Latence',
  latencyLabel: 'Temps de réponse du serveur simulé',
  latencyRealistic: 'Réaliste (100 à 400 ms)',
  latency0: 'Aucune (0 ms)',
  latency500: '500 ms',
  latency2000: '2 secondes',
  scenariosHeading: 'Scénarios de panne',
  scenariosHelp: 'Faire échouer un point d’accès comme le ferait un vrai serveur ou réseau.',
  scenarioNone: 'Normal',
  scenario_serverError: 'Erreur serveur (500)',
  scenario_networkFailure: 'Panne réseau',
  scenario_slow: 'Lent (3 secondes)',
  scenario_sessionExpired: 'Session expirée (401)',
  scenario_rateLimited: 'Trop de requêtes (429)',
  clockHeading: 'Horloge simulée',
  clockNow: 'Date du serveur : {date}',
  plusOneDay: '+1 jour',
  plusSevenDays: '+7 jours',
  plusOneMonth: '+1 mois',
  outboxHeading: 'Messages envoyés',
  outboxEmpty: 'Aucun message n’a encore été envoyé.',
  outboxTo: 'À :',
  outboxSentAt: 'Envoyé le :',
  outboxRefresh: 'Actualiser les messages envoyés',
  hintHeading: 'Comptes de démonstration',
  hintHelp: 'Ceci est une démonstration : connectez-vous avec l’un de ces comptes.',
  hintEmail: 'Adresse e-mail :',
  hintPassword: 'Mot de passe :',
}

const messages: Readonly<Record<Locale, DevPanelMessages>> = { en, fr }

export type DevPanelMessageKey = keyof DevPanelMessages

/** The active locale; outside the app's provider (never in practice) the panel falls back to French, the default. */
export function useDevPanelLocale(): Locale {
  return useContext(I18nContext)?.locale ?? 'fr'
}

export function useDevPanelText(): (key: DevPanelMessageKey, params?: Readonly<Record<string, string>>) => string {
  const locale = useDevPanelLocale()
  return (key, params) => messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params?.[name] ?? whole)
}
