/**
 * The returns analysis island: file picker and drop zone, progress, column mapping, then the views.
 * The file goes to a Web Worker in this tab (worker.ts) and nowhere else; the worker, with the parsers,
 * is only fetched once a file is chosen, so the page itself stays light.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Summary } from '../../lib/returns/aggregate';
import type { ColumnMapping } from '../../lib/returns/columns';
import { checkFileSize, ReturnsInputError } from '../../lib/returns/errors';
import { COLUMN_FIELDS, type ColumnField } from '../../lib/returns/fields';
import type { ColumnEntry } from '../../lib/returns/schema';
import type { FromWorker, Stage, ToWorker } from './protocol';
import { Results } from './Results';
import type { ReasonView } from './types';

interface Props {
  reasons: ReasonView[];
  columns: ColumnEntry[];
  unclassifiedHref: string;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: Stage; fraction?: number }
  | { kind: 'error'; message: string };

interface Table {
  fileName: string;
  format: string;
  encoding?: string;
  headers: string[];
  mapping: ColumnMapping;
  dataRows: number;
}

const STAGES: Record<Stage, string> = { load: '正在读取文件', parse: '正在解析表格', count: '正在统计' };
const FORMATS: Record<string, string> = { csv: 'CSV', xlsx: 'Excel（.xlsx）', json: 'Seller API JSON' };

const columnName = (headers: string[], i: number) => `第 ${i + 1} 列：${headers[i]?.trim() || '（无表头）'}`;

export function ReturnsIsland({ reasons, columns, unclassifiedHref }: Props) {
  const [ready, setReady] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [table, setTable] = useState<Table>();
  const [summary, setSummary] = useState<Summary>();
  const [csvUrl, setCsvUrl] = useState<string>();
  const [orders, setOrders] = useState<number>();
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker>();
  const fileName = useRef('');

  useEffect(() => setReady(true), []);
  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => () => (csvUrl ? URL.revokeObjectURL(csvUrl) : undefined), [csvUrl]);

  const send = (message: ToWorker) => worker.current?.postMessage(message);

  function receive(message: FromWorker) {
    if (message.type === 'progress') setPhase({ kind: 'busy', stage: message.stage, fraction: message.fraction });
    else if (message.type === 'error') setPhase({ kind: 'error', message: message.message });
    else if (message.type === 'prepared') {
      setTable({ fileName: fileName.current, format: message.format, encoding: message.encoding, headers: message.headers, mapping: message.detected, dataRows: message.dataRows });
      if (message.detected.reason === undefined) setPhase({ kind: 'idle' });
    } else if (message.type === 'csv') {
      setCsvUrl(URL.createObjectURL(new Blob([message.csv], { type: 'text/csv;charset=utf-8' })));
    } else {
      setPhase({ kind: 'idle' });
      setSummary(message.summary);
      setTable((t) => t && { ...t, mapping: message.mapping });
      setCsvUrl(URL.createObjectURL(new Blob([message.csv], { type: 'text/csv;charset=utf-8' })));
    }
  }

  function choose(file: File | undefined) {
    if (!file) return;
    worker.current?.terminate();
    worker.current = undefined;
    setTable(undefined);
    setSummary(undefined);
    setCsvUrl(undefined);
    try {
      checkFileSize(file.size);
    } catch (error) {
      setPhase({ kind: 'error', message: (error as ReturnsInputError).message });
      return;
    }
    fileName.current = file.name;
    setPhase({ kind: 'busy', stage: 'load' });
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
    w.onerror = () => setPhase({ kind: 'error', message: '分析程序没能启动。请刷新页面后重新选择文件。' });
    worker.current = w;
    send({ type: 'read', file, columns, reasons: reasons.map(({ id, label, fix, link, match }) => ({ id, label, fix, link, match })) });
  }

  function remap(field: ColumnField, value: string) {
    if (!table) return;
    const mapping: ColumnMapping = { ...table.mapping };
    if (value === '') delete mapping[field];
    else {
      const column = Number(value);
      for (const f of COLUMN_FIELDS) if (mapping[f] === column) delete mapping[f];
      mapping[field] = column;
    }
    setTable({ ...table, mapping });
    if (mapping.reason === undefined) {
      setSummary(undefined);
      return;
    }
    setPhase({ kind: 'busy', stage: 'count' });
    send({ type: 'analyse', mapping, orders });
  }

  function changeOrders(text: string) {
    const value = text.trim() === '' ? undefined : Number(text);
    const valid = value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
    setOrders(valid);
    if (summary) send({ type: 'export', orders: valid });
  }

  const busy = phase.kind === 'busy';
  const noneFound = table && Object.keys(table.mapping).length === 0;

  return (
    <div class="returns-tool">
      <section aria-labelledby="returns-upload" class="returns-upload no-print">
        <h2 id="returns-upload">选择退货文件</h2>
        <div
          class={`returns-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            choose(e.dataTransfer?.files[0]);
          }}
        >
          <label for="returns-file">把文件拖到这里，或点击选择文件（.xlsx、.csv、.json）</label>
          <input
            id="returns-file"
            type="file"
            accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={!ready}
            aria-describedby="returns-privacy"
            onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>
        <div role="status" class="returns-status">
          {busy && (
            <>
              <label for="returns-progress">{STAGES[phase.stage]}…</label>
              <progress id="returns-progress" max={1} value={phase.fraction} />
            </>
          )}
        </div>
        {phase.kind === 'error' && (
          <p role="alert" class="returns-error" id="returns-error">{phase.message}</p>
        )}
      </section>

      {table && (
        <section aria-labelledby="returns-columns" class="returns-columns no-print">
          <h2 id="returns-columns">确认每一列的含义</h2>
          <p>
            {table.fileName}：{FORMATS[table.format]}
            {table.encoding ? `，编码 ${table.encoding}` : ''}，{table.dataRows.toLocaleString('zh-CN')} 行数据。
            下面是自动识别的结果，认错了可以改，数字会马上重算。
          </p>
          {noneFound && (
            <p role="alert" class="returns-error">
              没有认出任何一列。文件的表头是：{table.headers.filter((h) => h.trim()).slice(0, 12).join('、') || '（空）'}。请在下面为「退货原因」选一列；如果这不是退货报告，请换一个文件。
            </p>
          )}
          {!noneFound && table.mapping.reason === undefined && (
            <p role="alert" class="returns-error">没有认出「退货原因」列，请在下面选择哪一列是退货原因。</p>
          )}
          <div class="returns-mapping">
            {columns.map((c) => (
              <label key={c.id}>
                <span>{c.label}{c.id === 'reason' ? '（必选）' : ''}</span>
                <select
                  name={`column-${c.id}`}
                  value={table.mapping[c.id] === undefined ? '' : String(table.mapping[c.id])}
                  onChange={(e) => remap(c.id, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">（文件里没有这一列）</option>
                  {table.headers.map((_, i) => (
                    <option key={i} value={String(i)}>{columnName(table.headers, i)}</option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </section>
      )}

      {summary && table && (
        <section aria-labelledby="returns-results" class="returns-results">
          <h2 id="returns-results">分析结果</h2>
          <p class="print-only">文件：{table.fileName}</p>
          <div class="returns-actions no-print">
            <label class="returns-orders">
              <span>这段时间的订单数（可选，用来算退货率）</span>
              <input type="number" inputmode="numeric" min={1} step={1} onInput={(e) => changeOrders((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <div class="returns-buttons">
              {csvUrl && <a class="button" href={csvUrl} download="退货分析汇总.csv">导出汇总 CSV</a>}
              <button type="button" class="button" onClick={() => window.print()}>打印</button>
            </div>
          </div>
          <Results summary={summary} reasons={reasons} unclassifiedHref={unclassifiedHref} orders={orders} />
        </section>
      )}
    </div>
  );
}
