import { type FieldOverrides, simpleField, t, textField } from './field-kit';

/**
 * Address fields. District and mandal are not asked: a request's jurisdiction (its village or
 * ward secretariat) already carries them.
 */

export const doorNumber = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'doorNumber',
      label: t('Door number and street', 'ఇంటి నంబరు, వీధి'),
      help: t('For example: 4-12/1, Gandhi Street.', 'ఉదా: 4-12/1, గాంధీ వీధి.'),
      personal: true,
      maxLength: 120,
    },
    overrides,
  );

export const villageOrWard = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'villageOrWard',
      label: t('Village or ward', 'గ్రామం లేదా వార్డు'),
      personal: true,
      maxLength: 80,
    },
    overrides,
  );

export const pincode = (overrides: FieldOverrides = {}) =>
  simpleField(
    'pincode',
    { key: 'pincode', label: t('PIN code', 'పిన్ కోడ్'), help: t('6 digits.', '6 అంకెలు.'), personal: true },
    overrides,
  );

export const landmark = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'landmark',
      label: t('Nearest landmark', 'దగ్గరలోని గుర్తు'),
      help: t('A temple, school or shop near the spot.', 'ఆ ప్రదేశం దగ్గరలో ఉన్న గుడి, బడి లేదా దుకాణం.'),
      maxLength: 120,
    },
    overrides,
  );

/** The full postal address, in the order an address is written in AP. */
export const addressFields = () => [doorNumber(), villageOrWard(), pincode()];
