import { useMutation } from '@tanstack/react-query'
import { useId } from 'react'

import { Radio } from '#src/components/ui/radio'
import { Select } from '#src/components/ui/select'
import { Switch } from '#src/components/ui/switch'
import {
  FrequencySchema,
  type Channel,
  type ContactTopic,
  type UpdateContactTopicBody,
} from '#src/contract/contact-preferences'
import { isApiError } from '#src/lib/api-error'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { contactPreferenceMutations } from '../api/contact-preference-mutations'

import { channelLabelKeys, frequencyLabelKeys } from './preference-labels'

export type TopicPreferencesProps = {
  topic: ContactTopic
  /** Says, in the panel's live region, that a change was refused and what the setting still is. */
  onRefused: (message: string) => void
}

/**
 * One topic's choices, saved as soon as they are made. A contractual topic offers a choice of channel
 * (radios: exactly one, it cannot be switched off); any other topic has one switch per channel and, where
 * it makes sense, a frequency.
 */
export function TopicPreferences({ topic, onRefused }: TopicPreferencesProps) {
  const { t, localize, translateKey } = useI18n()
  const id = useId()
  const { mutateAsync } = useMutation(contactPreferenceMutations.updateTopic(topic.id))
  const title = localize(topic.title)
  const descriptionId = `${id}-description`

  /**
   * Each change gets its own outcome: with quick presses, only a refused one is reported, and the control is
   * already back to what the server holds (the mutation's rollback). A 422 carries the server's reason.
   */
  function save(body: UpdateContactTopicBody, describeRefusal: (reason: string | null) => string) {
    mutateAsync(body).catch((error: unknown) => {
      const reason = isApiError(error) && error.status === 422 ? Object.values(error.fieldErrors)[0]?.[0] : undefined
      onRefused(describeRefusal(reason === undefined ? null : translateKey(reason)))
    })
  }

  function handleSwitch(channel: Channel, isOn: boolean) {
    const params = { setting: t(channelLabelKeys[channel]), topic: title }
    save({ channels: { [channel]: isOn } }, (reason) => {
      if (reason === null) {
        return t(
          isOn ? 'contactPreferences.preferences.rollback.off' : 'contactPreferences.preferences.rollback.on',
          params,
        )
      }
      return t(isOn ? 'contactPreferences.preferences.refused.off' : 'contactPreferences.preferences.refused.on', {
        ...params,
        reason,
      })
    })
  }

  function handleChannelChoice(chosen: Channel) {
    const channels: Partial<Record<Channel, boolean>> = {}
    for (const channel of topic.availableChannels) channels[channel] = channel === chosen
    save({ channels }, () => t('contactPreferences.preferences.rollback.channel', { topic: title }))
  }

  function handleFrequency(value: string) {
    const frequency = FrequencySchema.safeParse(value)
    if (!frequency.success) return
    save({ frequency: frequency.data }, () => t('contactPreferences.preferences.rollback.frequency', { topic: title }))
  }

  return (
    <fieldset aria-describedby={descriptionId} className="min-w-0 border-t-2 border-border pt-4">
      <legend className="float-start w-full text-lg font-bold">{title}</legend>
      <div id={descriptionId} className="clear-both flex flex-col gap-1 pt-1 text-ink-muted">
        <p>{localize(topic.description)}</p>
        {topic.isRequired ? <p>{t('contactPreferences.preferences.required')}</p> : null}
      </div>
      {topic.isRequired ? (
        <fieldset className="mt-2 min-w-0">
          <legend className="font-semibold">
            {t('contactPreferences.preferences.channelLegend')} <span className="sr-only">({title})</span>
          </legend>
          {topic.availableChannels.map((channel) => (
            <Radio
              key={channel}
              id={`${id}-${channel}`}
              name={`${id}-channel`}
              value={channel}
              label={t(channelLabelKeys[channel])}
              checked={topic.channels.includes(channel)}
              onChange={() => {
                handleChannelChoice(channel)
              }}
            />
          ))}
        </fieldset>
      ) : (
        <div className="mt-2 grid gap-x-6 sm:grid-cols-2">
          {topic.availableChannels.map((channel) => (
            <Switch
              key={channel}
              label={
                <>
                  {t(channelLabelKeys[channel])} <span className="sr-only">({title})</span>
                </>
              }
              isChecked={topic.channels.includes(channel)}
              onCheckedChange={(isOn) => {
                handleSwitch(channel, isOn)
              }}
            />
          ))}
        </div>
      )}
      {topic.frequency === null || topic.frequencies.length === 0 ? null : (
        <div className="mt-2 flex flex-col gap-1">
          <label htmlFor={`${id}-frequency`} className="font-semibold">
            {t('contactPreferences.preferences.frequency.label')} <span className="sr-only">({title})</span>
          </label>
          <Select
            id={`${id}-frequency`}
            value={topic.frequency}
            onChange={(event) => {
              handleFrequency(event.target.value)
            }}
          >
            {topic.frequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(frequencyLabelKeys[frequency])}
              </option>
            ))}
          </Select>
        </div>
      )}
    </fieldset>
  )
}
