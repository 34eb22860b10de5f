import { describe, expect, it } from 'vitest';
import { resolveReasonLinks } from '../../../src/lib/returns/links';
import { COLUMNS, REASONS } from './dictionary';

const handbook = [
  { id: 'precautions', headings: [{ slug: '包装要牢固', text: '包装要牢固' }, { slug: '商品描述要准确', text: '商品描述要准确' }] },
  { id: 'return-experience', headings: [{ slug: '用尺码表和实拍图减少退货', text: '用尺码表和实拍图减少退货' }, { slug: '在商品页写清退货政策', text: '在商品页写清退货政策' }] },
  { id: 'follow-up', headings: [{ slug: '退款原因内部复盘清单', text: '退款原因内部复盘清单' }] },
  { id: 'evidence-checklist', headings: [{ slug: '发货前打包视频称重和商品照片', text: '发货前：打包视频、称重和商品照片' }] },
  { id: 'understand-reason', headings: [{ slug: '先读买家的申请内容和照片', text: '先读买家的申请内容和照片' }] },
];

describe('reason links and dictionary ids', () => {
  it('resolves every link of the real dictionary, by anchor or by heading text', () => {
    const { links, problems } = resolveReasonLinks(REASONS, COLUMNS, handbook);
    expect(problems).toEqual([]);
    expect(links.get('wrong-or-missing')).toEqual({ page: 'evidence-checklist', slug: '发货前打包视频称重和商品照片', heading: '发货前：打包视频、称重和商品照片' });
    const byText = resolveReasonLinks([{ ...REASONS[0]!, link: 'evidence-checklist#发货前：打包视频、称重和商品照片' }], COLUMNS, handbook);
    expect(byText.links.get(REASONS[0]!.id)?.slug).toBe('发货前打包视频称重和商品照片');
  });

  it('names the file and field of a missing page, a missing heading, an unknown or a missing category', () => {
    const broken = REASONS.filter((r) => r.id !== 'other').map((r) =>
      r.id === 'size' ? { ...r, link: 'no-such-page#x' } : r.id === 'damaged' ? { ...r, link: 'precautions#不存在' } : r,
    );
    const { problems } = resolveReasonLinks([...broken, { ...REASONS[0]!, id: 'colour' as never }], COLUMNS.slice(1), handbook);
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/returns/reasons.yaml → size.link：找不到手册页「no-such-page」（content/handbook/no-such-page.mdx）',
        'content/returns/reasons.yaml → damaged.link：手册页「precautions」没有标题「不存在」',
        'content/returns/reasons.yaml → colour：不认识的原因大类，只能是 size、not-as-described、damaged、defective、wrong-or-missing、changed-mind、other',
        'content/returns/reasons.yaml → other：缺少这个原因大类',
        'content/returns/columns.yaml → reason：缺少这个列字段',
      ]),
    );
  });
});

describe('dictionary schemas', () => {
  it('reject an entry without a fix, a bad link or an empty word, with Chinese messages', async () => {
    const { reasonCategorySchema, columnFieldSchema } = await import('../../../src/lib/returns/schema');
    const bad = reasonCategorySchema.safeParse({ label: '尺码', link: 'precautions', match: ['размер', ''] });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'fix: fix（改进做法）必须填写',
        'link: link 的格式应为 手册页id#标题文字，例如 precautions#包装要牢固',
        'match.1: match里不能有空项',
      ]),
    );
    expect(columnFieldSchema.safeParse({ label: '原因', synonyms: 'причина' }).error!.issues[0]!.message).toBe('synonyms必须是一个列表（每行以 - 开头）');
  });
});
