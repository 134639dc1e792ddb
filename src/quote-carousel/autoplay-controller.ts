import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The carousel as the rotation sees it. */
export interface RotatingHost extends ReactiveControllerHost {
  /** The page asks for rotation. */
  autoplay: boolean;
  /** Milliseconds per statement. */
  interval: number;
}

/**
 * Automatic rotation for a carousel. Until the visitor chooses (the pause/play button, a
 * move, keyboard focus), it follows the page's `autoplay` and the visitor's motion
 * preference, which it keeps watching while connected: reduced motion stops it. `hovered`
 * pauses it for as long as the pointer rests on the carousel. One timer at most, and it
 * and the listener go on disconnect, so a carousel taken out of the page leaves nothing behind.
 */
export class AutoplayController implements ReactiveController {
  /** Rotation is on (it runs while the pointer is not over the carousel). */
  playing = false;
  /** The pointer rests on the carousel. */
  hovered = false;
  /** The visitor started or stopped rotation, or moved the carousel: their choice stands. */
  #chosen = false;
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;
  readonly #motion = matchMedia('(prefers-reduced-motion: reduce)');

  readonly #host: RotatingHost;
  readonly #tick: () => void;

  constructor(host: RotatingHost, tick: () => void) {
    this.#host = host;
    this.#tick = tick;
    host.addController(this);
  }

  /** Slides are changing by themselves now (screen readers should not be told each change). */
  get running(): boolean {
    return this.playing && !this.hovered;
  }

  /** Sets `playing` or `hovered` and re-renders the host (button name, live region). */
  set(state: Partial<Pick<AutoplayController, 'playing' | 'hovered'>>): void {
    Object.assign(this, state);
    this.#sync();
    this.#host.requestUpdate();
  }

  /**
   * The visitor's choice, which `autoplay` and the motion preference no longer override
   * (except reduced motion turned on later). Starting rotation with the button starts it
   * now, though the pointer is over the carousel (as in the APG example).
   */
  choose(playing: boolean): void {
    this.#chosen = true;
    this.set({ playing, hovered: false });
  }

  /**
   * Rotation is allowed with `autoplay` and without reduced motion. Until the visitor
   * chooses it follows that; afterwards it only stops when no longer allowed (reduced
   * motion turned on stops even a rotation the visitor started).
   */
  readonly follow = (): void => {
    this.set({ playing: this.#host.autoplay && !this.#motion.matches && (this.playing || !this.#chosen) });
  };

  hostConnected(): void {
    this.#connected = true;
    this.#motion.addEventListener('change', this.follow);
    this.follow(); // the preference may have changed while the carousel was out of the page
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#motion.removeEventListener('change', this.follow);
    this.#sync();
  }

  /** Arms one timer while rotation should run; the tick re-renders the host, which re-arms it. */
  #sync(): void {
    if (this.running && this.#connected) {
      this.#timer ??= setTimeout(
        () => {
          this.#timer = undefined;
          this.#tick();
        },
        this.#host.interval > 0 ? this.#host.interval : 6000,
      );
    } else {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}
