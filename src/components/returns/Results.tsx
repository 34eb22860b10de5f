/** The views over one summary: totals, reasons with their fix, top products, weekly trend, schemes, unreadable rows. */
import type { Summary } from '../../lib/returns/aggregate';
import type { ReasonKey } from '../../lib/returns/reasons';
import { percent, reasonLabel, returnRate, weekLabel } from '../../lib/returns/present';
import type { ReasonView } from './types';
import { BarChart, WeeklyChart } from './charts';

interface Props {
  summary: Summary;
  reasons: ReasonView[];
  unclassifiedHref: string;
  orders?: number;
}

const n = (x: number) => x.toLocaleString('zh-CN');

function Fix({ reason, reasons, unclassifiedHref }: { reason: ReasonKey; reasons: ReasonView[]; unclassifiedHref: string }) {
  const entry = reasons.find((r) => r.id === reason);
  if (!entry) {
    return (
      <>
        原因词典里没有这些原文（见下方列表），请逐条阅读。<a href={unclassifiedHref}>怎样读懂买家的退货理由</a>
      </>
    );
  }
  return (
    <>
      {entry.fix} <a href={entry.href}>手册：{entry.heading}</a>
    </>
  );
}

export function Results({ summary: s, reasons, unclassifiedHref, orders }: Props) {
  const label = (key: ReasonKey) => reasonLabel(key, reasons);
  const rate = returnRate(s.total, orders);
  return (
    <>
      <dl class="returns-totals">
        <div>
          <dt>退货件数</dt>
          <dd id="returns-total">{n(s.total)}</dd>
        </div>
        <div>
          <dt>读到的退货记录</dt>
          <dd>{n(s.readRows)} 行</dd>
        </div>
        <div>
          <dt>无法读取的行</dt>
          <dd id="returns-unreadable-count">{n(s.unreadableCount)} 行</dd>
        </div>
        {rate !== undefined && (
          <div>
            <dt>退货率</dt>
            <dd id="returns-rate">{percent(rate)}</dd>
          </div>
        )}
        {s.period && (
          <div>
            <dt>日期范围</dt>
            <dd>{s.period.from} 至 {s.period.to}</dd>
          </div>
        )}
      </dl>

      <h3 id="returns-by-reason">按原因</h3>
      <BarChart
        title={`按原因的退货件数：${s.byReason.map((r) => `${label(r.key)} ${r.count} 件`).join('，')}`}
        bars={s.byReason.map((r) => ({ label: label(r.key), count: r.count }))}
      />
      <table class="returns-table" aria-labelledby="returns-by-reason">
        <thead>
          <tr><th scope="col">原因</th><th scope="col">件数</th><th scope="col">占比</th><th scope="col">怎么改</th></tr>
        </thead>
        <tbody>
          {s.byReason.map((r) => (
            <tr key={r.key} data-reason={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td class="num">{n(r.count)}</td>
              <td class="num">{percent(r.share)}</td>
              <td><Fix reason={r.key} reasons={reasons} unclassifiedHref={unclassifiedHref} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.unclassified.length > 0 && (
        <details class="returns-unclassified" open>
          <summary>未归类的原因原文（{s.unclassified.length} 种）</summary>
          <p>这些原文不在原因词典里。请手册编辑把其中的关键词加进对应的原因大类。</p>
          <ul>
            {s.unclassified.slice(0, 50).map((u) => (
              <li key={u.text} lang="ru">{u.text}<span lang="zh-CN">：{n(u.count)} 件</span></li>
            ))}
          </ul>
          {s.unclassified.length > 50 && <p>另有 {s.unclassified.length - 50} 种未列出，见导出的 CSV。</p>}
        </details>
      )}

      {s.topProducts.length > 0 && (
        <>
          <h3 id="returns-products">退货最多的商品</h3>
          <table class="returns-table" aria-labelledby="returns-products">
            <thead>
              <tr><th scope="col">商品</th><th scope="col">件数</th><th scope="col">主要原因</th></tr>
            </thead>
            <tbody>
              {s.topProducts.map((p) => (
                <tr key={p.sku + p.name}>
                  <th scope="row"><span lang="ru">{p.name || p.sku}</span>{p.sku && p.name && <><br /><span class="returns-sku">{p.sku}</span></>}</th>
                  <td class="num">{n(p.count)}</td>
                  <td>{label(p.dominant)}（{n(p.dominantCount)} 件）</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3 id="returns-weekly">每周趋势</h3>
      {s.weekly.length > 0 ? (
        <>
          <WeeklyChart weeks={s.weekly} title={`每周退货件数，从 ${s.weekly[0]!.week} 那一周到 ${s.weekly.at(-1)!.week} 那一周，共 ${s.weekly.length} 周，最多一周 ${Math.max(...s.weekly.map((w) => w.count))} 件`} />
          <details class="returns-weekly-table">
            <summary>按周的数字表</summary>
            <table class="returns-table" aria-labelledby="returns-weekly">
              <thead><tr><th scope="col">周（周一起）</th><th scope="col">件数</th></tr></thead>
              <tbody>
                {s.weekly.map((w) => (
                  <tr key={w.week}><th scope="row">{weekLabel(w.week)}<span class="returns-sku"> {w.week.slice(0, 4)}</span></th><td class="num">{n(w.count)}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
          {s.undated > 0 && <p>另有 {n(s.undated)} 件没有日期，不在趋势图里。</p>}
        </>
      ) : (
        <p>文件里没有可用的日期列，画不出趋势。可以在上面的列设置里指定日期列。</p>
      )}

      {s.byScheme.length > 0 && (
        <>
          <h3 id="returns-schemes">按履约模式</h3>
          <table class="returns-table" aria-labelledby="returns-schemes">
            <thead><tr><th scope="col">模式</th><th scope="col">件数</th><th scope="col">占比</th></tr></thead>
            <tbody>
              {s.byScheme.map((x) => (
                <tr key={x.scheme}><th scope="row">{x.scheme}</th><td class="num">{n(x.count)}</td><td class="num">{percent(x.share)}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {s.unreadableCount > 0 && (
        <>
          <h3 id="returns-unreadable">无法读取的行</h3>
          <p>这些行没有计入上面的数字。请在原文件里核对后重新导出。</p>
          <table class="returns-table" aria-labelledby="returns-unreadable">
            <thead><tr><th scope="col">行号</th><th scope="col">问题</th><th scope="col">内容</th></tr></thead>
            <tbody>
              {s.unreadable.map((u) => (
                <tr key={u.line}><th scope="row">第 {u.line} 行</th><td>{u.problem}</td><td lang="ru" class="returns-excerpt">{u.excerpt}</td></tr>
              ))}
            </tbody>
          </table>
          {s.unreadableCount > s.unreadable.length && <p>只列出前 {s.unreadable.length} 行，其余 {n(s.unreadableCount - s.unreadable.length)} 行同样没有计入。</p>}
        </>
      )}
    </>
  );
}
