// The characters opencc-js converts from traditional (Taiwan or Hong Kong) to mainland simplified, one pass over the CJK blocks.
export async function traditionalCharsFromOpencc() {
  const OpenCC = await import('opencc-js/t2cn');
  const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const blocks = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  let out = '';
  for (const [first, last] of blocks) {
    for (let code = first; code <= last; code++) {
      const ch = String.fromCodePoint(code);
      if (converters.some((convert) => convert(ch) !== ch)) out += ch;
    }
  }
  return out;
}

/**
 * Characters in code point order as runs, the form src/lib/search/code-runs.ts decodes: each run is
 * the base-36 distance from the previous run's last code point, then "+" and how many code points follow
 * it without a gap. 3,600 characters take 2 KB gzip this way, against 8 KB as a string.
 */
export function encodeRuns(chars) {
  const codes = [...chars].map((ch) => ch.codePointAt(0));
  const runs = [];
  let previous = 0;
  for (let i = 0; i < codes.length; ) {
    let end = i;
    while (codes[end + 1] === codes[end] + 1) end++;
    runs.push((codes[i] - previous).toString(36) + (end > i ? `+${(end - i).toString(36)}` : ''));
    previous = codes[end];
    i = end + 1;
  }
  return runs.join(',');
}
