/**
 * `npm run bench:emulators`: how fast the emulators serve, on 127.0.0.1 only. Prints one JSON line.
 * Downloads use node:http and discard the bytes, so the figure is the emulator's, not a client's.
 */
import http from "node:http";
import { startEmulators } from "../emulators/index";
import { CALLBACK, enter, highqToken, intralinksToken } from "../emulators/test-support";

const MiB = 1 << 20;

function drain(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let n = 0;
        res.on("data", (c: Buffer) => (n += c.length));
        res.on("end", () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`HTTP ${res.statusCode}`))));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const { highq, intralinks, close } = await startEmulators({ quiet: true, redirectUris: [CALLBACK] });
  try {
    const base = highq.instanceUrl;
    const { access_token: token } = await highqToken(base);
    const auth = { authorization: `Bearer ${token}`, accept: "application/json" };
    const root = ((await highq.control.state()) as { sites: Array<{ rootFolderId: number }> }).sites[0].rootFolderId;

    // parallel download: 8 files of 64 MiB, 8 at a time
    const files = await Promise.all(Array.from({ length: 8 }, (_, i) => highq.control.createFile(root, `bench-${i}.bin`, { size: 64 * MiB })));
    await drain(`${base}/api/5/files/${files[0].id}/content`, auth); // warm-up
    const par = await timed(() => Promise.all(files.map((f) => drain(`${base}/api/5/files/${f.id}/content`, auth))));
    const parBytes = par.value.reduce((a, b) => a + b, 0);

    // one 1 GiB stream
    const huge = await highq.control.createFile(root, "bench-1g.bin", { size: 1024 * MiB });
    const single = await timed(() => drain(`${base}/api/5/files/${huge.id}/content`, auth));

    // listings of 10,000 files, 100 per page
    const folder = await highq.control.createFolder(root, "bench-10k");
    const gen = await timed(() => highq.control.generateTree({ parentFolderId: folder.id, files: 10_000, folders: 0, minSize: 1024, maxSize: 16_384, seed: 9 }));
    const pageUrl = (offset: number) => `${base}/api/5/files?q=folderid=${folder.id}&limit=100&offset=${offset}`;
    await fetch(pageUrl(0), { headers: auth }).then((r) => r.json()); // sorts once, then cached
    const hqPages = await timed(async () => {
      for (let offset = 0; offset < 10_000; offset += 100) await fetch(pageUrl(offset), { headers: auth }).then((r) => r.json());
    });

    // Intralinks: 10,000 documents, paged (first pass includes SHA-1 of every document)
    const ilToken = await intralinksToken(intralinks.url);
    const top = await intralinks.control.createTopFolder(2002, "bench-10k");
    await intralinks.control.generateTree({ parentFolderId: top.id, files: 10_000, folders: 20, minSize: 1024, maxSize: 16_384, seed: 9 });
    await enter(intralinks.url, ilToken, 2002);
    const ilAuth = { authorization: `Bearer ${ilToken}`, accept: "application/json" };
    const ilPass = () =>
      timed(async () => {
        for (let offset = 0; offset < 10_000; offset += 100)
          await fetch(`${intralinks.url}/v2/workspaces/2002/documents?offset=${offset}&limit=100`, { headers: ilAuth }).then((r) => r.json());
      });
    const ilCold = await ilPass();
    const ilWarm = await ilPass();

    // small-request round trips (metadata) and the counters that benchmarks read
    await highq.control.resetCounters();
    const meta = await timed(async () => {
      for (let i = 0; i < 500; i++) await fetch(`${base}/api/5/files/${files[0].id}`, { headers: auth }).then((r) => r.json());
    });
    const counted = (await highq.control.counters())["GET /api/:v/files/:id"];

    console.log(
      JSON.stringify({
        parallelDownloadMBps: round(parBytes / MiB / (par.ms / 1000)),
        parallelDownloads: files.length,
        singleStream1GiBMBps: round(single.value / MiB / (single.ms / 1000)),
        highqListing10kMsPerPage: round(hqPages.ms / 100, 2),
        intralinksListing10kColdMsPerPage: round(ilCold.ms / 100, 2),
        intralinksListing10kWarmMsPerPage: round(ilWarm.ms / 100, 2),
        generate10kFilesMs: round(gen.ms, 0),
        metadataRequestMs: round(meta.ms / 500, 2),
        countedMetadataRequests: counted,
      }),
    );
  } finally {
    await close();
  }
}

await main();
