/**
 * The returns analysis off the main thread: reads the chosen file, guesses its columns, counts, and
 * writes the CSV export. The page stays responsive on a 100,000-row export; the parsers (papaparse,
 * read-excel-file) are bundled here, so they load only when a file is chosen.
 */
import { summarize, prepare, type Prepared } from '../../lib/returns/pipeline';
import { ReturnsInputError } from '../../lib/returns/errors';
import { summaryCsv } from '../../lib/returns/export';
import { buildReasonMatcher, type ReasonMatcher } from '../../lib/returns/reasons';
import type { Summary } from '../../lib/returns/aggregate';
import type { ReasonEntry } from '../../lib/returns/schema';
import type { FromWorker, ToWorker } from './protocol';

const post = (message: FromWorker) => postMessage(message);

let prepared: Prepared | undefined;
let summary: Summary | undefined;
let classify: ReasonMatcher = () => 'unclassified';
let reasons: ReasonEntry[] = [];

function failure(error: unknown): string {
  if (error instanceof ReturnsInputError) return error.message;
  return `读取文件时出了意外的错误（${error instanceof Error ? error.message : String(error)}）。请把文件另存为 CSV（UTF-8）后再试。`;
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'read') {
    reasons = message.reasons;
    classify = buildReasonMatcher(reasons);
    post({ type: 'progress', stage: 'load' });
    const bytes = new Uint8Array(await message.file.arrayBuffer());
    let last = 0;
    prepared = await prepare(bytes, message.columns, (fraction) => {
      if (fraction - last >= 0.02 || fraction === 1) {
        last = fraction;
        post({ type: 'progress', stage: 'parse', fraction });
      }
    });
    const { format, encoding, headers, detected, rows, headerIndex } = prepared;
    post({ type: 'prepared', format, encoding, headers, detected, dataRows: rows.length - headerIndex - 1 });
    if (detected.reason !== undefined) await handle({ type: 'analyse', mapping: detected });
  } else if (message.type === 'analyse') {
    if (!prepared) return;
    post({ type: 'progress', stage: 'count' });
    summary = summarize(prepared, message.mapping, classify);
    post({ type: 'summary', summary, csv: summaryCsv(summary, reasons, message.orders), mapping: message.mapping });
  } else if (summary) {
    post({ type: 'csv', csv: summaryCsv(summary, reasons, message.orders) });
  }
}

// Assigned after the imports ran: papaparse installs its own onmessage when it finds itself in a worker.
self.onmessage = (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) => post({ type: 'error', message: failure(error) }));
};
