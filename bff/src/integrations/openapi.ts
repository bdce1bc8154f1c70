import { MAX_BATCH_ROWS } from './service.ts';
import { SIGNATURE_WINDOW_SECONDS } from './signing.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const productRef = {
  sku: { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$', description: "the chain's SKU (the product's barcode)" },
  productId: { type: 'integer', minimum: 1, description: "the BFF's product id, when no SKU is given" },
};

const errorResponses = {
  '400': { description: 'malformed request (code says what)', ...json(ref('Error')) },
  '401': { description: 'signature missing or wrong, timestamp out of window, nonce reused, key unknown, revoked or expired', ...json(ref('Error')) },
  '403': { description: 'STORE_OUT_OF_SCOPE: a till key used for another store', ...json(ref('Error')) },
  '409': { description: 'IDEMPOTENCY_KEY_REUSED: the key was used for another request', ...json(ref('Error')) },
  '413': { description: 'PAYLOAD_TOO_LARGE', ...json(ref('Error')) },
};

const signedParameters = [
  { name: 'storeId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } },
  { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' }, description: 'a repeat returns the stored answer and changes nothing' },
];

function batchOperation(summary: string, description: string, field: string, row: string) {
  return {
    summary,
    description,
    security: [{ signature: [] }],
    parameters: signedParameters,
    requestBody: {
      required: true,
      ...json({
        type: 'object',
        required: [field],
        properties: {
          policy: { type: 'string', enum: ['atomic', 'partial'], default: 'atomic', description: 'atomic: any failed row rejects the batch (422); partial: good rows apply' },
          [field]: { type: 'array', minItems: 1, maxItems: MAX_BATCH_ROWS, items: ref(row) },
        },
      }),
    },
    responses: {
      '200': { description: 'applied (under partial, failed rows are listed)', ...json(ref('BatchResult')) },
      '422': { description: 'atomic batch rejected: nothing applied', ...json(ref('BatchResult')) },
      ...errorResponses,
    },
  };
}

/** The OpenAPI 3.1 description of /integrations/v1, served at /integrations/v1/openapi.json. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corner integration API',
      version: '1.0.0',
      description:
        `For the chain's ERP (every store) and the stores' tills (their own store). Every request is signed: ` +
        `X-Corner-Signature = hex HMAC-SHA256(secret, METHOD + "\\n" + path with query + "\\n" + timestamp + "\\n" + nonce + "\\n" + hex SHA-256 of the body), ` +
        `with X-Corner-Key (key id), X-Corner-Timestamp (unix seconds, within ±${SIGNATURE_WINDOW_SECONDS}s) and X-Corner-Nonce (16–64 of [A-Za-z0-9_-], never reused).`,
    },
    servers: [{ url: '/integrations/v1' }],
    components: {
      securitySchemes: { signature: { type: 'apiKey', in: 'header', name: 'X-Corner-Signature' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
        Receipt: {
          type: 'object',
          required: ['receiptId', 'soldAt', 'lines'],
          properties: {
            receiptId: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$', description: 'unique per store; a receipt applies once' },
            soldAt: { type: 'string', format: 'date-time' },
            memberCardNo: { type: 'string', pattern: '^[0-9]{16}$', description: "the member's card number: the receipt earns their points once" },
            lines: {
              type: 'array',
              minItems: 1,
              maxItems: 200,
              items: {
                type: 'object',
                required: ['quantity', 'amountFen'],
                properties: { ...productRef, quantity: { type: 'integer', minimum: 1 }, amountFen: { type: 'integer', minimum: 0, description: 'what the line cost, in fen (1/100 yuan)' } },
              },
            },
          },
        },
        StockCount: {
          type: 'object',
          required: ['onHand', 'countedAt'],
          properties: {
            ...productRef,
            onHand: { type: 'integer', minimum: 0 },
            countedAt: { type: 'string', format: 'date-time', description: 'as of when; movements after it are replayed on top, an older count than the last applied is skipped' },
            reference: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
          },
        },
        RowResult: {
          type: 'object',
          required: ['index', 'ref', 'status'],
          properties: {
            index: { type: 'integer', minimum: 0 },
            ref: { type: 'string' },
            status: { type: 'string', enum: ['APPLIED', 'ALREADY_APPLIED', 'SKIPPED_STALE', 'FAILED'] },
            code: { type: 'string' },
            message: { type: 'string' },
            pointsEarned: { type: 'integer' },
            onHand: { type: 'integer' },
            replayed: { type: 'integer', description: 'the change replayed on top of a count' },
            lastCountAt: { type: 'string', format: 'date-time' },
          },
        },
        BatchResult: {
          type: 'object',
          required: ['policy', 'applied', 'failed', 'rows'],
          properties: {
            policy: { type: 'string', enum: ['atomic', 'partial'] },
            applied: { type: 'integer', minimum: 0 },
            failed: { type: 'integer', minimum: 0 },
            rows: { type: 'array', items: ref('RowResult') },
          },
        },
      },
    },
    paths: {
      '/stores/{storeId}/receipts': {
        post: batchOperation(
          'Till receipts',
          'Sales at the till. Never refused for stock: on-hand stops at zero, open orders whose reserved units were sold become short for staff. Idempotent per receipt id.',
          'receipts',
          'Receipt',
        ),
      },
      '/stores/{storeId}/stock-counts': {
        post: batchOperation('Stock counts', 'Absolute counts per product as of a source time.', 'counts', 'StockCount'),
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } } } },
    },
  };
}
