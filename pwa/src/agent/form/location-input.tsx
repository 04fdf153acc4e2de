import { useState } from 'preact/hooks';
import type { GeoPoint } from '../../../../shared/model/form-field';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { fieldIds } from './field-ids';
import type { FieldOf, FieldProps } from './field-props';

function isPoint(value: unknown): value is GeoPoint {
  return typeof value === 'object' && value !== null && 'latitude' in value && 'longitude' in value;
}

function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' || Number.isNaN(Number(trimmed)) ? undefined : Number(trimmed);
}

/** The phone's position, or one typed by hand when there is no fix (indoors, GPS off, refused). */
export function LocationInput({ field, value, invalid, describedBy, onChange }: FieldProps<FieldOf<'location'>>) {
  const { text } = useLanguage();
  const ids = fieldIds(field.key);
  const point = isPoint(value) ? value : undefined;
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const [lat, setLat] = useState(point ? String(point.latitude) : '');
  const [lng, setLng] = useState(point ? String(point.longitude) : '');

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setFailed(true);
      return;
    }
    setLocating(true);
    setFailed(false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const found = { latitude: position.coords.latitude, longitude: position.coords.longitude };
        setLat(found.latitude.toFixed(6));
        setLng(found.longitude.toFixed(6));
        onChange(found, true);
      },
      () => {
        setLocating(false);
        setFailed(true);
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const commitManual = (nextLat: string, nextLng: string) => {
    const latitude = readNumber(nextLat);
    const longitude = readNumber(nextLng);
    // Both typed: let validation judge the range. One missing: no answer yet.
    onChange(latitude === undefined || longitude === undefined ? undefined : { latitude, longitude }, true);
  };

  return (
    <div class="location" data-testid={ids.testId}>
      <button type="button" id={ids.input} onClick={locate} disabled={locating} aria-describedby={describedBy}>
        {locating ? text.locating : text.useLocation}
      </button>
      <p aria-live="polite" class={failed ? 'error' : 'muted'}>
        {failed
          ? text.locationFailed
          : point
            ? format(text.locationShown, { lat: point.latitude.toFixed(5), lng: point.longitude.toFixed(5) })
            : ''}
      </p>
      <div class="pair">
        <div class="field">
          <label for={`${ids.input}-lat`}>{text.latitude}</label>
          <input
            id={`${ids.input}-lat`}
            data-testid={`${ids.testId}-lat`}
            inputMode="decimal"
            value={lat}
            onInput={(e) => setLat(e.currentTarget.value)}
            onBlur={() => commitManual(lat, lng)}
            aria-invalid={invalid || undefined}
          />
        </div>
        <div class="field">
          <label for={`${ids.input}-lng`}>{text.longitude}</label>
          <input
            id={`${ids.input}-lng`}
            data-testid={`${ids.testId}-lng`}
            inputMode="decimal"
            value={lng}
            onInput={(e) => setLng(e.currentTarget.value)}
            onBlur={() => commitManual(lat, lng)}
            aria-invalid={invalid || undefined}
          />
        </div>
      </div>
    </div>
  );
}
