import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './app-process';

export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';

export type Nginx = { baseURL: string; port: number; dir: string; stop: () => Promise<void>; log: () => string };

/** Fails, saying how to get it, when Debian's nginx is not installed (.ci/run installs it). */
export function assertNginx(): void {
  if (!fs.existsSync(NGINX_PATH)) {
    throw new Error(`nginx not found at ${NGINX_PATH}: install it with "sudo apt-get install nginx" (as .ci/run does) or set NGINX_PATH.`);
  }
}

/** Replaces `from` in the shipped configuration, failing if it is no longer there (the test must run the shipped file). */
function replaceIn(config: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? config.includes(from) : from.test(config);
  if (!found) throw new Error(`deploy/nginx.conf no longer contains ${from}: update tests/e2e/nginx.ts`);
  return config.replace(from, to);
}

/**
 * The shipped deploy/nginx.conf with this machine's ports and paths: the two
 * app processes, a free port to listen on, the build's static files and a
 * cache folder of its own. Nothing else is changed.
 */
export function testSiteConfig(shipped: string, { listen, apps, dir }: { listen: number; apps: [number, number]; dir: string }): string {
  const dist = path.join(root, process.env.NEXT_DIST_DIR || '.next');
  let config = shipped;
  config = replaceIn(config, 'server 127.0.0.1:3001;', `server 127.0.0.1:${apps[0]};`);
  config = replaceIn(config, 'server 127.0.0.1:3002;', `server 127.0.0.1:${apps[1]};`);
  config = replaceIn(config, /listen 80;/, `listen 127.0.0.1:${listen};`);
  config = replaceIn(config, '/var/cache/nginx/blue-lights', path.join(dir, 'cache'));
  config = replaceIn(config, '/srv/blue-lights/.next/static/', `${path.join(dist, 'static')}/`);
  config = replaceIn(config, '/srv/blue-lights/public/map-client/', `${path.join(root, 'public', 'map-client')}/`);
  return config;
}

/**
 * Starts nginx in the foreground with the shipped site configuration in
 * front of two app processes; its pid, logs and temporary files stay in a
 * folder of its own.
 */
export async function startNginx(apps: [number, number], port: number): Promise<Nginx> {
  assertNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blue-lights-nginx-'));
  const site = testSiteConfig(fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8'), { listen: port, apps, dir });
  const mimeTypes = fs.existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  // Workers of a root nginx would run as `nobody` and could not read the build or write here.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const main = `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/blue-lights.conf;
}
`;
  fs.writeFileSync(path.join(dir, 'blue-lights.conf'), site);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), main);
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')];
  const check = spawnSync(NGINX_PATH, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the configuration:\n${check.stderr}`);

  let out = '';
  const child: ChildProcess = spawn(NGINX_PATH, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const log = () => `${out}${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${log()}`);
    }
    try {
      await fetch(`${baseURL}/api/health`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    baseURL,
    port,
    dir,
    log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
