/** The HTTP server behind `newsgraph serve`: 127.0.0.1 only, over a store opened read-only. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from './api.ts';
import { refresh } from './refresh.ts';
import { openStore } from './schema.ts';
import type { Db } from './schema.ts';

export interface ServeOptions {
  /** 0: any free port. */
  port: number;
  distDir?: string;
}

export interface Running {
  server: Server;
  url: string;
  db: Db;
  close: () => Promise<void>;
}

export async function startServer(path: string, options: ServeOptions): Promise<Running> {
  // A run killed before its refresh leaves the corpus layer behind the articles: brought up to date first.
  const writer = openStore(path);
  try {
    refresh(writer);
  } finally {
    writer.close();
  }
  const db = openStore(path, { readonly: true });
  let port = options.port;
  const handler = createHandler(db, {
    distDir: options.distDir,
    hosts: () => [`127.0.0.1:${port}`, `localhost:${port}`],
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    db,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
