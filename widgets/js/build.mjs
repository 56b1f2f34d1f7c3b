// Builds the two anywidget ES modules into ../static: the code editor (CodeMirror 6)
// and the design whiteboard (Excalidraw + React, with its stylesheet beside it).
//
// Excalidraw fetches its fonts at run time from relative "./fonts/..." paths and, when
// those fail, from a CDN. The app loads nothing from the internet, so the plugin below
// rewrites each font path: the families the whiteboard uses are inlined as data: URLs
// (Excalidraw then never fetches them), the others become "local:" (Excalidraw's own
// marker for "no URL": the browser's fallback font is used). The same plugin leaves out
// what the whiteboard does not offer (see `leftOut`).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const dev = process.argv.includes("--dev");
const INLINE_FONTS = new Set(["Excalifont", "Nunito", "Assistant", "ComicShanns"]);

const offlineExcalidraw = {
  name: "offline-excalidraw",
  setup(b) {
    b.onLoad({ filter: /@excalidraw[\\/]excalidraw[\\/]dist[\\/].*\.(js|css)$/ }, (args) => {
      let code = readFileSync(args.path, "utf8");
      const base = dirname(args.path);
      code = code.replace(/"\.\/fonts\/([A-Za-z]+)\/([^"]+\.woff2)"/g, (_m, family, file) => {
        if (!INLINE_FONTS.has(family)) return '"local:"';
        const data = readFileSync(join(base, "fonts", family, file)).toString("base64");
        return `"data:font/woff2;base64,${data}"`;
      });
      return { contents: code, loader: args.path.endsWith(".css") ? "text" : "js" };
    });
    // Left out, each replaced by a module that fails when used: the translations but
    // English, Mermaid-to-diagram (2.5 MB of Mermaid, Cytoscape and KaTeX) and the font
    // subsetter (1.8 MB of WebAssembly, used only to embed fonts when exporting).
    const leftOut = /^(\.\/locales\/|@excalidraw\/mermaid-to-excalidraw$|\.\/subset-(shared|worker)\.chunk\.js$)/;
    b.onResolve({ filter: leftOut }, (args) =>
      args.path.startsWith("./locales/en-") ? undefined : { path: args.path, namespace: "left-out" },
    );
    b.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => ({
      contents: args.path.startsWith("./locales/")
        ? "export default {};"
        : `throw new Error(${JSON.stringify(`${args.path} is not part of this offline build`)});`,
      loader: "js",
    }));
  },
};

const common = {
  bundle: true,
  format: "esm",
  target: "es2020",
  legalComments: "none",
  minify: !dev,
  sourcemap: dev ? "inline" : false,
  logLevel: "warning",
};

await build({ ...common, entryPoints: ["src/editor.js"], outfile: "../static/editor.js" });
await build({
  ...common,
  entryPoints: ["src/whiteboard.js"],
  outfile: "../static/whiteboard.js",
  define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"', "process.env.IS_PREACT": '"false"' },
  conditions: [dev ? "development" : "production"],
  plugins: [offlineExcalidraw],
  loader: { ".woff2": "dataurl", ".css": "text" },
});
