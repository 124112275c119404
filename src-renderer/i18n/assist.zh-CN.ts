import type { assistEn } from './assist.en';

// 写作辅助功能的简体中文文案（并入 zh-CN.ts 的 `assist`）。
export const assistZhCN: typeof assistEn = {
  suggestions: {
    label: '推荐回复',
    loading: '正在查找推荐…',
    none: '此会话暂无推荐。',
    resolved: '解决过 {{count}} 个类似会话',
    score: '匹配分数',
  },
  kind: {
    canned: '快捷回复',
    article: '知识库',
    past_reply: '历史回复',
  },
  kb: {
    label: '知识库',
    empty: '没有与“{{query}}”匹配的文章。',
  },
  prompts: {
    insert: '插入',
  },
  rules: {
    amazon: {
      external_link: '亚马逊：含站外链接',
      email_address: '亚马逊：含邮箱地址',
      phone_number: '亚马逊：含电话号码',
      marketing: '亚马逊：含营销或优惠券',
      review_incentive: '亚马逊：以利益换取评价',
      attachment_size: '亚马逊：附件超过 10 MB',
      buyer_language: '亚马逊：未使用买家语言',
    },
    ebay: {
      contact_details: 'eBay：成交前提供联系方式或链接',
      off_platform: 'eBay：引导站外交易',
    },
  },
  override: {
    blocked: '草稿符合平台规则后才能发送。',
    start: '强制发送…',
    reason: '为什么这些规则不适用（{{rules}}）？此操作会记录在日志中。',
    confirm: '确认并发送',
    cancel: '取消',
  },
  brandVoice: {
    title: '品牌语气：应避免的措辞',
    flagged: '品牌语气：请避免 {{phrases}}。',
  },
  ai: {
    draft: 'AI 草拟',
    rewrite: '按品牌语气改写',
    summarize: '交接摘要',
    waiting: '正在等待 AI 服务…',
    handoff: '交接摘要',
  },
  translate: {
    incoming: '翻译此消息',
    draft: '将草稿译为 {{language}}',
    use: '使用译文',
  },
};
