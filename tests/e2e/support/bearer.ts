// The Authorization header of the REST API specs: each tenant of tests/factories/tenant has a token per role.
export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
