export type { ConversationDetail } from '../../../src-shared/domain/types';
export interface KbArticleLike {
  title: string;
  body: string;
}
