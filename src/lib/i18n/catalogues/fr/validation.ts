import type { Message } from '../../message'

/** Texts for the contract's validation keys: the form and the server show the same words, written once. */
export const validation = {
  'validation.email.required': 'Saisissez votre adresse e-mail',
  'validation.email.tooLong': 'L’adresse e-mail doit comporter 254 caractères au maximum',
  'validation.email.format': 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr',
  'validation.password.required': 'Saisissez votre mot de passe',
} as const satisfies Record<string, Message>
