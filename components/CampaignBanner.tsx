export function CampaignBanner({ title, date, theme }: { title: string; date: string; theme: string }) {
  return (
    <section className="campaign-banner" aria-labelledby="campaign-title">
      <h1 id="campaign-title">{title}</h1>
      <p className="campaign-banner__date">
        <time>{date}</time>
      </p>
      <p className="campaign-banner__theme">{theme}</p>
    </section>
  );
}
