/**
 * "Exit this page" (the GOV.UK pattern), as a few bytes of inline script
 * rather than a client component: it is on every page, the public map's
 * included, whose JavaScript budget is spent.
 *
 * A click on any `[data-exit-page]` link, or the Shift key pressed three
 * times within five seconds (not as part of a shortcut: Shift+A does not
 * count), hides the page at once, renames this history entry to the home
 * page and replaces it with the link's address (EXIT_URL), so that Back does
 * not lead to the page the visitor left, and nothing opens in a new tab.
 * Without JavaScript the link is a plain link to the same address. Inside a
 * frame (the embeddable map on a partner's site, which hides the strip) it
 * does nothing: leaving would change the frame, not the visitor's page.
 */
export const EXIT_ATTRIBUTE = 'data-exit-page';

export const EXIT_SCRIPT = `(function(){if(window.blExit||window.top!==window.self)return;window.blExit=1;var d=document,n=0,t,m=false;
function go(){var a=d.querySelector('[${EXIT_ATTRIBUTE}]');if(!a)return;var u=a.href;d.title='';d.documentElement.style.visibility='hidden';try{history.replaceState(null,'','/')}catch(e){}location.replace(u)}
d.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('[${EXIT_ATTRIBUTE}]');if(a){e.preventDefault();go()}},true);
d.addEventListener('keyup',function(e){if(e.key==='Shift'&&!m){n++;clearTimeout(t);t=setTimeout(function(){n=0},5000);if(n>2){n=0;go()}}else if(e.key!=='Shift'){n=0}m=e.shiftKey})})()`.replace(/\n/g, '');

/** Where "Exit this page" leads when EXIT_URL is not set. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';
