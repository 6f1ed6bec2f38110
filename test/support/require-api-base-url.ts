/** Global setup of `npm run test:api`: without a valid API_BASE_URL there is no server to test, so stop at once. */
export function setup(): void {
  const apiBaseUrl = process.env.API_BASE_URL
  if (!apiBaseUrl || !URL.canParse(apiBaseUrl)) {
    throw new Error('Set API_BASE_URL to the absolute base URL of the API, e.g. API_BASE_URL=http://localhost:8080/api')
  }
}
