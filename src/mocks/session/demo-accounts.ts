import type { Locale } from '#src/lib/i18n/message'

import type { UserRecord } from './records'

type Localised = Readonly<Record<Locale, string>>

/**
 * Values that can collide with nothing else, so security tests can assert "this string never
 * appears there" (QUALITY Part 3, PII canaries). The typical customer carries them.
 */
export const piiCanaries = {
  name: 'Zyxcanary Qwertyson',
  email: 'zyx.canary+pii@example.test',
  phone: '+447700900123',
} as const

export type DemoAccount = {
  readonly email: string
  readonly password: string
  readonly label: Localised
  readonly description: Localised
}

type DemoProfile = DemoAccount & {
  readonly user: Omit<UserRecord, 'email' | 'password'>
}

/**
 * The three demo people, derived from Dialogra's policy (shared/seed/README.md). Addresses use the
 * reserved example.test domain (RFC 2606) so no demo mail can reach anyone.
 */
const profiles: readonly DemoProfile[] = [
  {
    email: piiCanaries.email,
    password: 'typical-demo-2026',
    label: { en: 'Typical customer', fr: 'Client type' },
    description: {
      en: 'A customer for almost four years: a few hundred purchases, regular use, some customer-service contacts.',
      fr: 'Client depuis près de quatre ans : quelques centaines d’achats, un usage régulier, quelques contacts avec le service client.',
    },
    user: {
      id: 'usr_7c1e2a90b4d3',
      name: piiCanaries.name,
      createdAt: '2023-03-14T10:12:00.000Z',
      passwordChangedAt: '2025-06-02T18:40:00.000Z',
      lastSignInAt: '2026-11-20T07:55:00.000Z',
      historySeed: 'typical-customer',
    },
  },
  {
    email: 'elise.durand@example.test',
    password: 'long-standing-demo-2026',
    label: { en: 'Large account', fr: 'Compte volumineux' },
    description: {
      en: 'A customer for ten years: over 100,000 transactions and tens of thousands of usage events.',
      fr: 'Cliente depuis dix ans : plus de 100 000 transactions et des dizaines de milliers d’événements d’utilisation.',
    },
    user: {
      id: 'usr_3f9b0d41c8e7',
      name: 'Élise Durand-Lefèvre',
      createdAt: '2016-11-28T08:00:00.000Z',
      passwordChangedAt: '2024-01-09T12:00:00.000Z',
      lastSignInAt: '2026-11-27T21:14:00.000Z',
      historySeed: 'large-account',
    },
  },
  {
    email: 'noah.petit@example.test',
    password: 'new-account-demo-2026',
    label: { en: 'New account', fr: 'Nouveau compte' },
    description: {
      en: 'Signed up two days ago: one purchase and almost nothing else.',
      fr: 'Inscrit il y a deux jours : un achat et presque rien d’autre.',
    },
    user: {
      id: 'usr_a05d6e13f2b8',
      name: 'Noah Petit',
      createdAt: '2026-11-26T16:30:00.000Z',
      passwordChangedAt: '2026-11-26T16:30:00.000Z',
      lastSignInAt: null,
      historySeed: 'new-account',
    },
  },
]

/** What the dev panel's sign-in hint lists. */
export const demoAccounts: readonly DemoAccount[] = profiles.map(({ email, password, label, description }) => ({
  email,
  password,
  label,
  description,
}))

/** The user records the demo world starts with (seed.ts). */
export function buildSeedUsers(): UserRecord[] {
  return profiles.map(({ user, email, password }) => ({ ...user, email, password }))
}
