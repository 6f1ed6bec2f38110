import type { FieldErrors, FieldValues } from 'react-hook-form'

export type ErrorListItem = {
  /** The field path ("address.postcode"), or a `root…` path for form-level errors. */
  path: string
  /** A catalogue key. */
  message: string
  /** Form-level errors (`root.server`) have no field to link to. */
  isRoot: boolean
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function collect(node: unknown, path: string, items: ErrorListItem[]): void {
  if (!isRecord(node)) return
  // A FieldError is the only node with a string `type`; everything else is nesting by path.
  if (typeof node.type === 'string') {
    const message = typeof node.message === 'string' ? node.message : ''
    items.push({ path, message, isRoot: path === 'root' || path.startsWith('root.') })
    return
  }
  for (const [key, child] of Object.entries(node)) {
    // `ref` holds the DOM element RHF attached; it is not an error.
    if (key === 'ref') continue
    collect(child, path === '' ? key : `${path}.${key}`, items)
  }
}

/**
 * Flattens react-hook-form's nested errors into the error summary's list. Form-level errors come
 * first because they concern the whole form; field errors keep RHF's order, which follows the
 * schema's shape and so the order of the fields.
 */
export function getErrorList<TFieldValues extends FieldValues>(errors: FieldErrors<TFieldValues>): ErrorListItem[] {
  const items: ErrorListItem[] = []
  collect(errors, '', items)
  return [...items.filter((item) => item.isRoot), ...items.filter((item) => !item.isRoot)]
}
