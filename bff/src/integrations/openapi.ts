import { MAX_PRICE_FEN } from '../stores/shelf.ts';
import { LARGE_CHANGE_FACTOR } from './prices.ts';
import { BASE_PRICE_MAX_FEN, MAX_IMAGES, NAME_MAX, UNIT_MAX } from '../catalog/content.ts';
import { UPLOAD_MAX_BYTES } from '../images/service.ts';
import { SPECIFICATION_MAX } from './products.ts';
import { MAX_BATCH_ROWS } from './service.ts';
import { SIGNATURE_WINDOW_SECONDS } from './signing.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const productRef = {
  sku: { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$', description: "the chain's SKU; a value that is no product's SKU names the product with that barcode" },
  productId: { type: 'integer', minimum: 1, description: "the BFF's product id, when no SKU is given" },
};

const errorResponses = {
  '400': { description: 'malformed request (code says what)', ...json(ref('Error')) },
  '401': { description: 'signature missing or wrong, timestamp out of window, nonce reused, key unknown, revoked or expired', ...json(ref('Error')) },
  '403': { description: 'STORE_OUT_OF_SCOPE: a till key used for another store; CHAIN_SCOPE_REQUIRED: a till key used for chain-wide data', ...json(ref('Error')) },
  '409': { description: 'IDEMPOTENCY_KEY_REUSED: the key was used for another request', ...json(ref('Error')) },
  '413': { description: 'PAYLOAD_TOO_LARGE', ...json(ref('Error')) },
};

const storeParameter = { name: 'storeId', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } };
const signedParameters = [
  { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' }, description: 'a repeat returns the stored answer and changes nothing' },
];

function batchOperation(summary: string, description: string, field: string, row: string, inStore = true) {
  return {
    summary,
    description,
    security: [{ signature: [] }],
    parameters: inStore ? [storeParameter, ...signedParameters] : signedParameters,
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
        Product: {
          type: 'object',
          required: ['sku', 'barcode', 'name', 'category', 'unit', 'sourceUpdatedAt'],
          properties: {
            sku: { type: 'string', pattern: '^[A-Za-z0-9-]{1,32}$', description: "the chain's SKU: the row creates the product of this SKU or updates it, never another one" },
            barcode: {
              type: 'string',
              pattern: '^([0-9]{8}|[0-9]{12,14})$',
              description: 'EAN-8/13, UPC-A or GTIN-14 with its check digit; one held by a product of another SKU fails the row (BARCODE_TAKEN)',
            },
            name: { type: 'string', minLength: 1, maxLength: NAME_MAX },
            category: { type: 'string', minLength: 1, description: 'the category by its path of names, parent first: "饮料/碳酸饮料", or "饮料" for a top category' },
            unit: { type: 'string', minLength: 1, maxLength: UNIT_MAX, description: '瓶, 袋, 盒 …' },
            specification: { type: 'string', maxLength: SPECIFICATION_MAX, description: 'the pack size, e.g. 330ml' },
            images: {
              type: 'array',
              maxItems: MAX_IMAGES,
              items: { type: 'string', format: 'uri', pattern: '^https?://' },
              description: `http(s) URLs of JPEG, PNG or WebP images up to ${UPLOAD_MAX_BYTES / 1024 / 1024} MB, the main one first, copied into our image store; omitted: the product keeps its images. An image that cannot be fetched fails its row`,
            },
            status: { type: 'string', enum: ['ACTIVE', 'INACTIVE'], description: 'omitted: a new product is active, an existing one keeps its status' },
            basePriceFen: {
              type: 'integer',
              minimum: 1,
              maximum: BASE_PRICE_MAX_FEN,
              description: 'the base price in fen (3.50 yuan is 350), required to create a product; for an existing product it is ignored with a warning (prices change through their own endpoint)',
            },
            sourceUpdatedAt: { type: 'string', format: 'date-time', description: "the ERP's update time of the row; a row not newer than the one applied is skipped (SKIPPED_STALE)" },
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
            productId: { type: 'integer', description: 'the product a master row created, updated or skipped' },
            created: { type: 'boolean', description: 'a master row made a new product' },
            appliedUpdatedAt: { type: 'string', format: 'date-time', description: 'the source time of the master row in force, when this one was skipped as not newer' },
            warnings: {
              type: 'array',
              description: 'applied, but something was left out (BASE_PRICE_IGNORED: an existing product keeps its base price here)',
              items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
            },
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
          false,
        ),
      },
      '/products': {
        post: batchOperation(
          'Product master (ERP only)',
          'Upserts products by SKU. A till key is refused (403 CHAIN_SCOPE_REQUIRED). Rows apply oldest sourceUpdatedAt first; prices other than a new product\'s base price are not set here.',
          'products',
          'Product',
          false,
        ),
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } } } },
    },
  };
}
