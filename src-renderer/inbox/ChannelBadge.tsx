import { useTranslation } from 'react-i18next';
import type { Channel } from '../../src-shared/domain/types';

export function ChannelBadge({ channel, marketplace }: { channel: Channel; marketplace: string | null }) {
  const { t } = useTranslation();
  const site = marketplace && channel !== 'shopify' ? marketplace.replace(/^(amazon|ebay)\./, '.') : '';
  return (
    <span className={`channel channel-${channel}`} title={marketplace ?? t(`channel.${channel}`)}>
      {t(`channel.${channel}`)}
      {site && <span className="channel-site">{site}</span>}
    </span>
  );
}
