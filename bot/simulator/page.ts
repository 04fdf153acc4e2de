/** The chat page's HTML: a shell the client script fills in. Assets are served by the same router. */

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function simulatorPage(base: string): string {
  const at = escapeAttribute(base);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
    <meta name="theme-color" content="#008069" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <title>Seva · WhatsApp simulator</title>
    <link rel="stylesheet" href="${at}/client/styles.css" />
    <script type="module" src="${at}/client/app.js"></script>
  </head>
  <body>
    <div class="phone" id="app" data-base="${at}">
      <header class="bar">
        <div class="avatar" aria-hidden="true">సే</div>
        <div class="who">
          <strong id="business-name">Seva</strong>
          <span id="subtitle" class="subtitle"></span>
        </div>
        <button type="button" id="language" class="chip" lang="te">తెలుగు</button>
      </header>
      <div class="citizen-bar">
        <label for="citizen" data-text="citizen"></label>
        <select id="citizen"></select>
        <input id="citizen-other" inputmode="text" autocomplete="off" hidden />
      </div>
      <main id="chat" class="chat" aria-live="polite"></main>
      <p id="connection" class="connection" hidden></p>
      <form id="composer" class="composer" autocomplete="off">
        <button type="button" id="attach" class="icon-button" data-label="attach">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z"/></svg>
        </button>
        <button type="button" id="camera" class="icon-button" data-label="photo">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 3 7.2 5H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-3.2L15 3H9zm3 15a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-2a3 3 0 1 0 0-6 3 3 0 0 0 0 6z"/></svg>
        </button>
        <input id="text" class="composer-input" enterkeyhint="send" />
        <button type="submit" id="send" class="send" data-label="send">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z"/></svg>
        </button>
      </form>
      <input type="file" id="photo-file" accept="image/jpeg,image/png" hidden />
      <input type="file" id="document-file" accept="application/pdf,image/jpeg,image/png,text/plain" hidden />
      <dialog id="attach-sheet" class="sheet">
        <div class="sheet-grid">
          <button type="button" data-attach="document">
            <span class="round tint-document"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm7 1.5V9h5.5zM8 13v1.5h8V13zm0 3.5V18h6v-1.5z"/></svg></span>
            <span data-text="document"></span>
          </button>
          <button type="button" data-attach="photo">
            <span class="round tint-photo"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 13h16l-5-7-4 5-3-3zM8 7a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/></svg></span>
            <span data-text="photo"></span>
          </button>
          <button type="button" data-attach="sample">
            <span class="round tint-sample"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zM9 20v1a1 1 0 0 0 1 1h4a1 1 0 0 0 1-1v-1z"/></svg></span>
            <span data-text="samplePhoto"></span>
          </button>
          <button type="button" data-attach="location">
            <span class="round tint-location"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/></svg></span>
            <span data-text="location"></span>
          </button>
        </div>
      </dialog>
      <dialog id="list-sheet" class="sheet list-sheet" aria-labelledby="list-title">
        <header><button type="button" class="close" data-close data-label="close">✕</button><h2 id="list-title"></h2></header>
        <div id="list-rows" class="list-rows" role="radiogroup"></div>
        <footer><button type="button" id="list-send" class="primary" data-text="send" disabled></button></footer>
      </dialog>
      <dialog id="location-sheet" class="sheet list-sheet" aria-labelledby="location-title">
        <header><button type="button" class="close" data-close data-label="close">✕</button><h2 id="location-title" data-text="shareLocation"></h2></header>
        <div id="location-places" class="list-rows"></div>
      </dialog>
    </div>
  </body>
</html>
`;
}
