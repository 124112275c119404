import type { LanguageTexts } from './types';

export const zh: LanguageTexts = {
  greetings: ['你好，', '您好，', '老板你好，', ''],
  signOffs: ['谢谢！', '麻烦尽快回复，谢谢。\n{firstName}', '谢谢，{firstName}'],
  opening: {
    where_is_my_order: [
      '我{days}天前买的{product}（订单号 {order}）到现在还没收到，请问我的包裹到哪了？',
      '订单 {order} 的物流信息好几天没有更新了，能帮忙查一下吗？',
      '订单 {order} 早就应该到了，什么时候能发到？',
    ],
    refund: ['订单 {order} 我想申请退款，{product}和描述不一样。', '上周已经把商品寄回去了，请给订单 {order} 退款。', '订单 {order} 的退款到现在还没到账。'],
    return: ['{product}不合适，怎么退货？订单号 {order}。', '我想退回订单 {order}，可以给我一个退货标签吗？', '拆封了还能退货吗？订单 {order}。'],
    cancel: ['请帮我取消订单 {order}，型号买错了。', '订单 {order} 还没发货的话请取消。', '订单 {order} 现在还能取消吗？'],
    address_change: ['订单 {order} 的地址填错了，能改一下吗？', '我这周搬家，请把订单 {order} 的收货地址改一下。', '订单 {order} 可以寄到我公司地址吗？'],
    damaged_item: ['收到的{product}是坏的，箱子都压扁了。订单 {order}。', '今天收到订单 {order}，商品有破损。', '发错货了，我买的是{product}。订单 {order}。'],
    invoice: ['订单 {order} 能开发票吗？需要公司抬头。', '请把订单 {order} 的发票发给我。', '订单 {order} 的发票在哪里下载？'],
    presale_question: ['{product}适用于华为Mate 70吗？想买两个。', '{product}发到新加坡要多久？', '{product}有黑色的吗？买5个有优惠吗？'],
    complaint: ['这已经是第二次延迟发货了，订单 {order}，非常失望。', '{product}用了一个星期就坏了，质量太差。', '上次问订单 {order} 的事一直没人回复。'],
    thanks: ['今天收到了，谢谢！订单 {order}。', '谢谢你们的快速处理，没问题了。', '换货已经收到，服务很好，不用回复。'],
  },
  angry: ['太过分了！', '我要投诉，请让你们经理来处理。', '今天不解决我就给差评。', '这是我第三次问了！！！有人吗？'],
  followUp: ['有消息了吗？还没收到回复。', '订单 {order} 的事还在等回复。', '物流还是没有更新，到底怎么回事？'],
  agentReply: {
    presale: ['{firstName}您好，{product}有现货，24小时内发货，一般5-8天送达。{agent}'],
    tracking: ['{firstName}您好，您的订单 {order} 已由{carrier}发出，运单号 {tracking}，预计{days}天内送达。{agent}'],
    refund: ['{firstName}您好，订单 {order} 已全额退款，3-5个工作日到账。{agent}'],
    returns: ['{firstName}您好，收货30天内可以退货，请使用订单 {order} 页面里的退货标签。{agent}'],
    general: ['{firstName}您好，感谢您的留言，我们正在核实订单 {order}，24小时内回复您。{agent}'],
  },
  emailSubject: {
    where_is_my_order: '我的订单到哪了？',
    refund: '申请退款',
    return: '退货',
    cancel: '取消订单',
    address_change: '修改地址',
    damaged_item: '商品破损',
    invoice: '开发票',
    presale_question: '商品咨询',
    complaint: '投诉',
    thanks: '感谢',
  },
  amazonSubject: '来自亚马逊买家 {name} 的询问（订单号：{order}）',
};
