import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { parseCsv } from '../bff/src/integrations/import.ts';

/** Columns whose cells a spreadsheet holds as numbers. */
const NUMBER_COLUMNS = new Set(['basePriceFen', 'onHand', 'storeId', 'productId', 'priceFen', 'memberPriceFen']);
/** Columns a spreadsheet holds as dates: Excel has no time zones, the chain's wall clock (UTC+8) is what people type. */
const DATE_COLUMNS = new Set(['sourceUpdatedAt', 'countedAt', 'effectiveAt']);

/**
 * An .xlsx of the same rows as an import CSV, the way someone would keep it in Excel: numbers as
 * numbers, times as date cells, codes (barcode, SKU) as text so no leading zero is lost.
 */
export async function csvToXlsx(csvFile: string, xlsxFile: string): Promise<void> {
  const table = parseCsv(await readFile(csvFile, 'utf8'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('import');
  sheet.addRow(table.headers);
  for (const { cells } of table.rows) {
    sheet.addRow(
      cells.map((cell, i) => {
        const column = table.headers[i]!;
        const text = String(cell ?? '');
        if (text === '') return null;
        if (NUMBER_COLUMNS.has(column) && /^\d+$/.test(text)) return Number(text);
        if (DATE_COLUMNS.has(column)) return new Date(new Date(text).getTime() + 8 * 3_600_000);
        return text;
      }),
    );
  }
  table.headers.forEach((column, i) => {
    if (DATE_COLUMNS.has(column)) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
    sheet.getColumn(i + 1).width = 18;
  });
  await workbook.xlsx.writeFile(xlsxFile);
}

// `npx tsx scripts/make-import-samples.ts`: docs/import-samples/*.xlsx from the CSV samples beside them.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../docs/import-samples/', import.meta.url));
  for (const name of ['products', 'stock', 'prices']) await csvToXlsx(`${dir}${name}.csv`, `${dir}${name}.xlsx`);
}
