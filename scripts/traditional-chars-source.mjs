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
