import { useEffect, useId, useState, useSyncExternalStore, type ChangeEvent } from 'react'

import { advanceClock, listOutbox, resetDemoData, setEndpointScenario, setLatency } from '#src/mocks/dev-controls'
import { mockClock, type ClockStep } from '#src/mocks/server/clock'
import { allEndpoints, endpointKey, ScenarioNameSchema, scenarioNames } from '#src/mocks/server/scenarios'
import { LatencySettingSchema, mockSettings, type LatencySetting } from '#src/mocks/server/settings'

import { useDevPanelLocale, useDevPanelText, type DevPanelMessageKey } from './messages'

const latencyOptions: readonly { value: LatencySetting; label: DevPanelMessageKey }[] = [
  { value: 'realistic', label: 'latencyRealistic' },
  { value: 0, label: 'latency0' },
  { value: 500, label: 'latency500' },
  { value: 2000, label: 'latency2000' },
]

const clockSteps: readonly { step: ClockStep; label: DevPanelMessageKey }[] = [
  { step: { days: 1 }, label: 'plusOneDay' },
  { step: { days: 7 }, label: 'plusSevenDays' },
  { step: { months: 1 }, label: 'plusOneMonth' },
]

const buttonClass =
  'min-h-6 rounded border border-secondary-border bg-secondary px-3 py-1 text-ink hover:bg-secondary-hover focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-70'
const selectClass =
  'min-h-6 rounded border border-input-border bg-surface px-2 py-1 text-ink focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus'

/** Re-renders when the mock clock moves (the panel reads the time at render). */
function useClockVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => mockClock.subscribe(() => setVersion((v) => v + 1)), [])
  return version
}

function toLatency(value: string): LatencySetting | undefined {
  return LatencySettingSchema.safeParse(value === 'realistic' ? value : Number(value)).data
}

/**
 * The mock server's controls: reset, latency, per-endpoint faults, clock and outbox.
 * Rendered only in mock builds: main.tsx passes it through DevToolsContext.
 */
export function DevPanel() {
  const text = useDevPanelText()
  const locale = useDevPanelLocale()
  const panelId = useId()
  const headingId = useId()
  const [isOpen, setIsOpen] = useState(false)
  const [isResetting, setIsResetting] = useState(false)
  const [outboxVersion, setOutboxVersion] = useState(0)
  const settings = useSyncExternalStore(mockSettings.subscribe, mockSettings.get)
  useClockVersion()

  const now = mockClock.now()
  const dateText = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(now)
  const outbox = isOpen ? listOutbox() : []

  async function handleReset() {
    setIsResetting(true)
    await resetDemoData()
    window.location.reload()
  }

  function handleLatency(event: ChangeEvent<HTMLSelectElement>) {
    const latency = toLatency(event.target.value)
    if (latency !== undefined) setLatency(latency)
  }

  return (
    <div className="fixed right-2 bottom-2 z-50 flex max-h-[calc(100vh-1rem)] max-w-[calc(100vw-1rem)] flex-col items-end gap-2 text-sm">
      {isOpen ? (
        <section
          id={panelId}
          aria-labelledby={headingId}
          className="w-[28rem] max-w-full overflow-y-auto rounded border border-border bg-surface p-4 text-ink shadow-lg"
        >
          <h2 id={headingId} className="text-base font-bold">
            {text('title')}
          </h2>

          <h3 className="mt-4 font-bold">{text('resetHeading')}</h3>
          <p className="mt-1 text-ink-muted">{text('resetHelp')}</p>
          <button
            type="button"
            className={`${buttonClass} mt-2`}
            onClick={() => void handleReset()}
            disabled={isResetting}
          >
            {isResetting ? text('resetting') : text('reset')}
          </button>

          <h3 className="mt-4 font-bold">{text('latencyHeading')}</h3>
          <label htmlFor={`${panelId}-latency`} className="mt-1 block">
            {text('latencyLabel')}
          </label>
          <select
            id={`${panelId}-latency`}
            className={`${selectClass} mt-1`}
            value={String(settings.latency)}
            onChange={handleLatency}
          >
            {latencyOptions.map((option) => (
              <option key={option.value} value={String(option.value)}>
                {text(option.label)}
              </option>
            ))}
          </select>

          <h3 className="mt-4 font-bold">{text('scenariosHeading')}</h3>
          <p className="mt-1 text-ink-muted">{text('scenariosHelp')}</p>
          <ul className="mt-2 space-y-2">
            {allEndpoints.map((endpoint) => {
              const key = endpointKey(endpoint)
              const id = `${panelId}-scenario-${key.replace(/[^\w]+/g, '-')}`
              return (
                <li key={key} className="flex flex-wrap items-center justify-between gap-2">
                  <label htmlFor={id} className="font-mono">
                    {key}
                  </label>
                  <select
                    id={id}
                    className={selectClass}
                    value={settings.scenarios[key] ?? ''}
                    onChange={(event) =>
                      setEndpointScenario(key, ScenarioNameSchema.safeParse(event.target.value).data ?? null)
                    }
                  >
                    <option value="">{text('scenarioNone')}</option>
                    {scenarioNames.map((name) => (
                      <option key={name} value={name}>
                        {text(`scenario_${name}`)}
                      </option>
                    ))}
                  </select>
                </li>
              )
            })}
          </ul>

          <h3 className="mt-4 font-bold">{text('clockHeading')}</h3>
          <p className="mt-1" role="status">
            {text('clockNow', { date: dateText })}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {clockSteps.map(({ step, label }) => (
              <button key={label} type="button" className={buttonClass} onClick={() => advanceClock(step)}>
                {text(label)}
              </button>
            ))}
          </div>

          <h3 className="mt-4 font-bold">{text('outboxHeading')}</h3>
          <button type="button" className={`${buttonClass} mt-1`} onClick={() => setOutboxVersion(outboxVersion + 1)}>
            {text('outboxRefresh')}
          </button>
          {outbox.length === 0 ? (
            <p className="mt-2 text-ink-muted">{text('outboxEmpty')}</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {outbox.map((message) => (
                <li key={message.id} className="border-t border-border pt-2">
                  <p className="font-bold">{message.subject}</p>
                  <p>
                    {text('outboxTo')} <span className="break-all">{message.to}</span>
                  </p>
                  <p>
                    {text('outboxSentAt')}{' '}
                    {new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
                      new Date(message.sentAt),
                    )}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{message.body}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <button
        type="button"
        className={`${buttonClass} font-bold shadow`}
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        onClick={() => setIsOpen(!isOpen)}
      >
        {text('toggle')}
      </button>
    </div>
  )
}
