/**
 * When a buyer message can be sent, from Ozon's chat rules. The labels read their numbers from the registry
 * through placeholders, so a changed chat window shows up beside every template.
 */
export const TEMPLATE_WHEN = ['reply', 'may-start', 'request-comment'] as const;
export type TemplateWhen = (typeof TEMPLATE_WHEN)[number];

export const WHEN_LABELS: Record<TemplateWhen, { short: string; text: string }> = {
  reply: {
    short: '只能回复',
    text: '买家先来消息后才能发：在买家最后一条消息后的 {rule:chat-reply-window} 内回复。FBO 卖家不能主动发起聊天。',
  },
  'may-start': {
    short: '可以先发',
    text: 'FBS、rFBS 卖家可以在付款或送达后的 {rule:chat-seller-first-window} 内先发消息；过了这个时限，只能等买家来消息后回复。',
  },
  'request-comment': {
    short: '写在退货申请里',
    text: '无法聊天时使用：把这段文字填进退货申请的备注或拒绝理由。',
  },
};
