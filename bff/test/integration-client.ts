/** Tests sign requests with the stand-in's client: one signer for tills, the ERP, the bench and tests. */
export { signedPost, type SignedPostOptions as SendOptions } from '../../mocks/src/till/client.ts';

/** An integration client's key as createIntegrationClient answers it. */
export interface Credential {
  keyId: string;
  secret: string;
  client: { id: string };
}

export const CREATE_INTEGRATION_CLIENT = `mutation($name: String!, $storeId: ID) { createIntegrationClient(name: $name, storeId: $storeId) { keyId secret client { id storeId keys { id active } } } }`;
