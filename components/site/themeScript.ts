/**
 * Runs inline in <head> before first paint: applies the stored theme, or the
 * system's, so the page never flashes the wrong colours.
 */
export const themeScript = `(function(){try{var s=localStorage.getItem('theme');var d=s==='dark'||((!s||s==='system')&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light';}catch(e){}})();`;
