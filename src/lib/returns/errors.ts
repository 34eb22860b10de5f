/** Input problems the reader can act on, each with the Chinese sentence the page shows. */
export type InputProblem =
  | 'too-large'
  | 'empty'
  | 'no-rows'
  | 'not-spreadsheet'
  | 'old-xls'
  | 'bad-xlsx'
  | 'bad-json'
  | 'json-no-returns';

export class ReturnsInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ReturnsInputError';
  }
}

/** Larger exports are split by month in the cabinet; this keeps the tab's memory well within a phone's. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function checkFileSize(bytes: number): void {
  if (bytes === 0) throw new ReturnsInputError('empty', '这个文件是空的（0 字节）。请确认导出已经完成，再重新选择文件。');
  if (bytes > MAX_FILE_BYTES) {
    throw new ReturnsInputError(
      'too-large',
      `文件有 ${mb(bytes)} MB，超过了 ${mb(MAX_FILE_BYTES)} MB 的上限。请在后台按月份分开导出，再逐个分析。`,
    );
  }
}
