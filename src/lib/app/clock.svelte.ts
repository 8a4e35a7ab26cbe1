/**
 * The app's idea of "now": the engine never reads the clock, the screens read this. It ticks
 * every 30 seconds and at once when the app comes back to the foreground.
 */
class Clock {
	now = $state(new Date());

	tick(): void {
		this.now = new Date();
	}

	/** Starts ticking; returns the function that stops it. */
	start(): () => void {
		const timer = setInterval(() => this.tick(), 30_000);
		const onVisible = () => {
			if (document.visibilityState === 'visible') this.tick();
		};
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}
}

export const clock = new Clock();
