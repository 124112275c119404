import type { LanguageTexts } from './types';

export const en: LanguageTexts = {
  greetings: ['Hi,', 'Hello,', 'Hi there,', 'Good morning,', 'Dear seller,', ''],
  signOffs: ['Thanks,\n{firstName}', 'Regards,\n{firstName}', 'Thank you!', 'Best,\n{firstName}', 'Cheers'],
  opening: {
    where_is_my_order: [
      'I ordered the {product} {days} days ago (order {order}) and it still has not arrived. Where is my order?',
      'Can you tell me where my package is? The tracking for order {order} has not moved for days.',
      'My order {order} was supposed to be here by now. Could you check the status please?',
      'Any update on order {order}? Tracking number {tracking} just says in transit.',
    ],
    refund: [
      'I would like a refund for order {order}. The {product} is not what I expected.',
      'Please refund my order {order}, I sent the item back last week.',
      'I returned the {product} but have not received my refund yet. Order {order}.',
    ],
    return: [
      'How do I return the {product}? It does not fit my phone. Order {order}.',
      'I want to send back order {order}. Can you send me a return label?',
      'Is it possible to return an opened item? Order {order}, {product}.',
    ],
    cancel: [
      'Please cancel my order {order}, I ordered the wrong size by mistake.',
      'I need to cancel order {order} before it ships. Thanks.',
      'Can I still cancel order {order}? I found it cheaper locally.',
    ],
    address_change: [
      'I entered the wrong address for order {order}. Can you change it to my work address?',
      'Could you update the shipping address on order {order}? I am moving this week.',
      'Please ship order {order} to my new address, I will send it in the next message.',
    ],
    damaged_item: [
      'The {product} arrived broken. The box was crushed. Order {order}.',
      'I received order {order} today and the item is damaged. What can you do?',
      'You sent me the wrong item. I ordered the {product} but got something else. Order {order}.',
    ],
    invoice: [
      'Could you send me a VAT invoice for order {order}? I need it for my company.',
      'I need an invoice for order {order} with my business name on it.',
      'Where can I download the invoice for order {order}?',
    ],
    presale_question: [
      'Does the {product} work with the iPhone 16? Thinking about ordering two.',
      'Before I buy: what is the delivery time to Canada for the {product}?',
      'Is the {product} available in black? And do you offer a discount for 5 pieces?',
    ],
    complaint: [
      'This is the second time my order arrives late. Order {order}. Very disappointed with your service.',
      'The {product} stopped working after one week. This is not acceptable quality.',
      'Nobody answered my last message about order {order}. I am still waiting.',
    ],
    thanks: [
      'Got it today, thank you! Order {order}.',
      'Thanks for the quick help, everything is fine now.',
      'The replacement arrived, great service. No need to reply.',
    ],
  },
  angry: [
    'This is ridiculous.',
    'I want to speak to a manager NOW.',
    'If this is not solved today I will leave a negative review and file an A-to-z claim.',
    'Third time I am writing!!! Is anyone there?',
  ],
  followUp: [
    'Any news? I still have not heard back.',
    'Hello? Still waiting for an answer about order {order}.',
    'The tracking still has not changed. What is going on?',
  ],
  agentReply: {
    presale: ['Hi {firstName}, yes, the {product} is in stock and ships within 24 hours. Delivery usually takes 5-8 days. Best regards, {agent}'],
    tracking: [
      'Hi {firstName}, your order {order} is on its way with {carrier}, tracking number {tracking}. It should arrive within {days} days. Best regards, {agent}',
      'Hello {firstName}, thanks for your patience. The parcel was handed to {carrier} (tracking {tracking}). Kind regards, {agent}',
    ],
    refund: [
      'Hi {firstName}, we have issued a full refund for order {order}. It will show in 3-5 business days. Regards, {agent}',
    ],
    returns: [
      'Hi {firstName}, you can return the item within 30 days. Please use the return label in your order page for order {order}. Regards, {agent}',
    ],
    general: [
      'Hi {firstName}, thank you for your message. We are looking into order {order} and will get back to you within 24 hours. Regards, {agent}',
      'Hello {firstName}, sorry for the trouble. I have passed this to our warehouse team and will update you tomorrow. {agent}',
    ],
  },
  emailSubject: {
    where_is_my_order: 'Where is my order?',
    refund: 'Refund request',
    return: 'Return',
    cancel: 'Cancel my order',
    address_change: 'Change shipping address',
    damaged_item: 'Item arrived damaged',
    invoice: 'Invoice needed',
    presale_question: 'Question about a product',
    complaint: 'Complaint',
    thanks: 'Thank you',
  },
  amazonSubject: 'Inquiry from Amazon customer {name} (Order: {order})',
};
