import { MAX_PRICE_FEN } from '../stores/shelf.ts';
import { LARGE_CHANGE_FACTOR } from './prices.ts';
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

const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' }, description: 'a repeat returns the stored answer and changes nothing' };
const signedParameters = [{ name: 'storeId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } }, idempotencyKey];

function batchOperation(summary: string, description: string, field: string, row: string, parameters: object[] = signedParameters) {
  return {
    summary,
    description,
    security: [{ signature: [] }],
    parameters,
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
        PriceRow: {
          type: 'object',
          required: ['priceFen', 'memberPriceFen', 'sourceUpdatedAt'],
          properties: {
            ...productRef,
            storeId: {
              type: ['integer', 'null'],
              minimum: 1,
              description: "the store whose price this is (a till: only its own store); omitted or null: the chain's base price, sold where a store has no price of its own",
            },
            priceFen: { type: 'integer', minimum: 1, maximum: MAX_PRICE_FEN, description: 'in fen (1/100 yuan), an integer: ¥3.50 is 350; decimals and strings are refused' },
            memberPriceFen: { type: ['integer', 'null'], minimum: 1, maximum: MAX_PRICE_FEN, description: 'in fen, below priceFen; null: no member price. Required, so a row never drops one by omission' },
            effectiveAt: {
              type: 'string',
              format: 'date-time',
              description: 'when the price takes effect (default: sourceUpdatedAt, i.e. at once); a future one is applied on time by the BFF, a later-effective change outranks an earlier one',
            },
            sourceUpdatedAt: { type: 'string', format: 'date-time', description: 'when the source changed it; of two changes effective at the same time the later update wins, an older one is skipped (STALE_PRICE)' },
            reference: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
            confirmLargeChange: {
              type: 'boolean',
              default: false,
              description: `a price over ${LARGE_CHANGE_FACTOR}x or under 1/${LARGE_CHANGE_FACTOR} of the one selling now is refused (LARGE_PRICE_CHANGE) unless true`,
            },
          },
        },
        RowResult: {
          type: 'object',
          required: ['index', 'ref', 'status'],
          properties: {
            index: { type: 'integer', minimum: 0 },
            ref: { type: 'string' },
            status: { type: 'string', enum: ['APPLIED', 'SCHEDULED', 'ALREADY_APPLIED', 'SKIPPED_STALE', 'FAILED'], description: 'SCHEDULED: a price accepted for a future effectiveAt' },
            code: { type: 'string' },
            message: { type: 'string' },
            pointsEarned: { type: 'integer' },
            onHand: { type: 'integer' },
            replayed: { type: 'integer', description: 'the change replayed on top of a count' },
            lastCountAt: { type: 'string', format: 'date-time' },
            storeId: { type: ['integer', 'null'], description: "a price row's store (null: the chain)" },
            effectiveAt: { type: 'string', format: 'date-time' },
            sourceUpdatedAt: { type: 'string', format: 'date-time', description: 'the newer update a STALE_PRICE row lost to' },
            minFen: { type: ['integer', 'null'], description: "head office's band, when a price is outside it" },
            maxFen: { type: ['integer', 'null'] },
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
      '/prices': {
        post: batchOperation(
          'Prices',
          "The chain's base prices and member prices, and stores' prices within head office's band, each effective at once or later. " +
            'Codes: PRICE_NOT_INTEGER_FEN, PRICE_OUT_OF_RANGE, MEMBER_PRICE_NOT_LOWER, PRICE_OUT_OF_BAND / BASE_PRICE_OUT_OF_BAND (with minFen/maxFen), ' +
            'LARGE_PRICE_CHANGE, STORE_OUT_OF_SCOPE (a till naming another store or the chain), UNKNOWN_PRODUCT, UNKNOWN_STORE; skipped: STALE_PRICE, SUPERSEDED. ' +
            'A row received before changes nothing (ALREADY_APPLIED). Orders already placed keep their prices.',
          'prices',
          'PriceRow',
          [idempotencyKey],
        ),
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } } } },
    },
  };
}
