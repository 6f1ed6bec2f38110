/** Every URL of the app, in one place: routes register `path`, links call `getHref()`. */
export const paths = {
  signIn: {
    path: '/sign-in',
    getHref: (returnTo?: string) =>
      returnTo ? `/sign-in?${new URLSearchParams({ returnTo }).toString()}` : '/sign-in',
  },
  overview: { path: '/', getHref: () => '/' },
  contact: { path: '/contact', getHref: () => '/contact' },
} as const
