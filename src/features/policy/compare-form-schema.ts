import * as z from 'zod/mini'

/** The comparison's two versions, chosen by the person: both needed, and not the same one twice. */
export const ComparePolicyFormSchema = z
  .object({
    from: z.string().check(z.minLength(1, 'validation.policy.compare.from.required')),
    to: z.string().check(z.minLength(1, 'validation.policy.compare.to.required')),
  })
  .check(
    z.refine((values) => values.from === '' || values.to === '' || values.from !== values.to, {
      error: 'validation.policy.compare.to.same',
      path: ['to'],
    }),
  )
export type ComparePolicyForm = z.infer<typeof ComparePolicyFormSchema>
