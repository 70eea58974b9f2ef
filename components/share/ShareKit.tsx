import { getTranslations } from 'next-intl/server';
import { formatHashtags } from '@/lib/share/hashtags';
import { postText, SHARE_NETWORKS, shareLinks, type ShareNetwork, type SharePost } from '@/lib/share/links';
import { CopyButton, ShareSheetButton } from './ShareButtons';
import './share.css';

const NETWORK_NAMES: Record<Exclude<ShareNetwork, 'email'>, string> = {
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
};

/**
 * One compact row to share a public page: the phone's own share sheet where
 * there is one, plain links to the networks' share pages (they work without
 * JavaScript; no script, frame or pixel of theirs on ours), copy the link,
 * and the campaign's hashtags to paste under a post (Instagram has no link to
 * share to). Everything is in the HTML, the same for every visitor, so the
 * stored copy of the page carries it.
 */
export async function ShareKit({ post, compact = false }: { post: SharePost; compact?: boolean }) {
  const t = await getTranslations('Share');
  const links = shareLinks(post);
  const tags = formatHashtags(post.hashtags);
  const hashtags = tags ? (
    <>
      <span className="visually-hidden">{t('hashtags')}: </span>
      <span className="share-kit__tag-text" translate="no">
        {tags}
      </span>
      <CopyButton value={tags} label={t('copyHashtags')} done={t('hashtagsCopied')} />
    </>
  ) : null;
  return (
    <section className={`share-kit${compact ? ' share-kit--compact' : ''}`} aria-label={t('heading')}>
      <div className="share-kit__bar">
        {/* Where there is no "Share" button (a laptop), this says what the links are for. */}
        <span className="share-kit__label" aria-hidden="true">
          {t('label')}
        </span>
        <ul className="share-kit__row">
          <ShareSheetButton title={post.title} text={postText(post)} url={post.url} label={t('share')} />
          {SHARE_NETWORKS.map((network) => (
            <li key={network}>
              {network === 'email' ? (
                <a className="share-kit__link" href={links.email} aria-label={t('shareByEmail')} data-network={network}>
                  {t('email')}
                </a>
              ) : (
                <a
                  className="share-kit__link"
                  href={links[network]}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('shareOn', { network: NETWORK_NAMES[network] })}
                  data-network={network}
                >
                  {NETWORK_NAMES[network]}
                </a>
              )}
            </li>
          ))}
          <CopyButton value={post.url} label={t('copyLink')} done={t('copied')} item />
          {/* On the map the hashtags close the one row, so that the map keeps its place on a phone. */}
          {compact && hashtags ? <li className="share-kit__tags">{hashtags}</li> : null}
        </ul>
      </div>
      {!compact && hashtags ? <p className="share-kit__tags">{hashtags}</p> : null}
    </section>
  );
}
