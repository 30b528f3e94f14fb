// The main journey (e2e/support/journey.mjs) in WebKit, the engine of Safari on iPhones:
// Debian's WebKitWebDriver (package webkit2gtk-driver) drives its MiniBrowser under Xvfb,
// through npm's selenium-webdriver. Playwright's own WebKit build would be downloaded from its
// CDN, which these machines cannot reach.
//
// Writes test-results/webkit.png and webkit-single-file.png. Exits non-zero on any failure.
//
// Usage: node e2e/webkit.mjs   (after `trunk build --release`; needs webkit2gtk-driver, xvfb)
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, By, until } from 'selenium-webdriver';
import { freePort, runMainJourney } from './support/journey.mjs';

const DISPLAY = process.env.WEBKIT_DISPLAY ?? `:${90 + Math.floor(Math.random() * 9)}`;
const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? (await freePort()));
const SERVER_PORT = Number(process.env.WEBKIT_SERVER_PORT ?? (await freePort()));

function miniBrowser() {
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  const path = files.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  if (!path) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
  return path;
}

const children = [];
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

async function waitForDriver() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${DRIVER_PORT}/status`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

// The page scrolls smoothly where the reader allows motion, so every scroll here says
// "instant": a click computed mid-scroll would miss.
const scrollTo = (driver, element) =>
  driver.executeScript('arguments[0].scrollIntoView({ block: "center", behavior: "instant" })', element);

await runMainJourney({
  engine: 'webkit',
  port: SERVER_PORT,
  launch: async (step) => {
    start('Xvfb', [DISPLAY, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await new Promise((done) => setTimeout(done, 500));
    start('WebKitWebDriver', [`--port=${DRIVER_PORT}`], { DISPLAY });
    let driver;
    const close = async () => {
      if (driver) await driver.quit().catch(() => {});
      for (const child of children.reverse()) child.kill();
    };
    try {
      await waitForDriver();
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${DRIVER_PORT}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
        })
        .build();
      await driver.manage().window().setRect({ width: 1280, height: 1000 });
      step(`user agent: ${await driver.executeScript('return navigator.userAgent')}`);
    } catch (error) {
      await close();
      throw error;
    }
    return {
      browser: {
        goto: (url) => driver.get(url),
        reload: () => driver.navigate().refresh(),
        waitFor: (css, ms) => driver.wait(until.elementLocated(By.css(css)), ms),
        run: (fn, arg) => driver.executeScript(fn, arg),
        waitUntil: (fn, arg, ms) => driver.wait(async () => (await driver.executeScript(fn, arg)) === true, ms),
        clickLabel: async (input) => {
          const isChecked = async () =>
            (await driver.executeScript((target) => document.getElementById(target).checked, input)) === true;
          // Each answer is seen checked before the next click.
          for (let attempt = 1; !(await isChecked()); attempt++) {
            if (attempt > 3) throw new Error(`${input} was not checked by three clicks on its label`);
            const label = await driver.findElement(By.css(`label[for="${input}"]`));
            await scrollTo(driver, label);
            await label.click();
            await driver.wait(isChecked, 2_000).catch(() => {});
          }
        },
        click: async (css) => {
          const elements = await driver.findElements(By.css(css));
          let shown;
          for (const element of elements) if (!shown && (await element.isDisplayed())) shown = element;
          if (!shown) throw new Error(`none of ${elements.length} elements matching ${css} is displayed`);
          await scrollTo(driver, shown);
          await shown.click();
        },
        screenshot: async (path) => writeFileSync(path, await driver.takeScreenshot(), 'base64'),
      },
      close,
    };
  },
});
