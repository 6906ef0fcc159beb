import { z } from 'zod';
import { isoDate, trimmedText } from '@shared/schema/common';
import { isValidSiren, normaliseIdentifier } from '@shared/schema/identifiers';
import { tooLong } from '@shared/schema/messages';

/**
 * The organisation identity that tax receipts print (Cerfa 11580, « Bénéficiaire des
 * versements »). Error messages are i18n keys: the renderer translates them, the server sends
 * them as codes.
 */

/** Categories of the Cerfa 11580 form, in its order. */
export const ORGANISATION_CATEGORIES = [
  'rup',
  'fondation-universitaire',
  'fondation-entreprise',
  'interet-general',
  'musee-de-france',
  'enseignement',
  'creation-entreprises',
  'cultuelle-alsace-moselle',
  'festivals',
  'aide-personnes-en-difficulte',
  'fondation-patrimoine',
  'recherche',
  'insertion',
  'autre',
] as const;
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];

/** Logo and signature: small PNG or JPEG images stored as data URLs (they sync with the rest). */
export const IMAGE_MAX_BYTES = 300 * 1024;
/** The longest data URL of such an image: its base64 (4 characters for 3 bytes) and prefix. */
const IMAGE_DATA_URL_MAX_LENGTH = Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 'data:image/jpeg;base64,'.length;
const imageDataUrl = z
  .string()
  .max(IMAGE_DATA_URL_MAX_LENGTH, { error: 'errors.organisation.imageTooLarge' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { error: 'errors.organisation.imageFormat' })
  .refine((url) => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4) <= IMAGE_MAX_BYTES, {
    error: 'errors.organisation.imageTooLarge',
  });

const text = (max: number, required: string) => trimmedText(max, { required }).min(1, { error: required });
const optionalText = (max: number) => trimmedText(max).default('');

/** RNA: « W » then 9 characters (département then number), e.g. W751234567 or W2A1001234. */
export const rnaSchema = z
  .string()
  .max(64, { error: tooLong(64) })
  .transform(normaliseIdentifier)
  .pipe(z.string().regex(/^(W[0-9][0-9AB][0-9]{7})?$/, { error: 'errors.organisation.rnaFormat' }));

export const sirenSchema = z
  .string()
  .max(64, { error: tooLong(64) })
  .transform(normaliseIdentifier)
  .pipe(
    z
      .string()
      .regex(/^([0-9]{9})?$/, { error: 'errors.organisation.sirenFormat' })
      .refine((v) => !/^[0-9]{9}$/.test(v) || isValidSiren(v), {
        error: 'errors.organisation.sirenChecksum',
      }),
  );

export const postalAddressSchema = z.object({
  line1: text(120, 'errors.organisation.addressRequired'),
  line2: optionalText(120),
  postalCode: trimmedText(16, { tooLong: 'errors.organisation.postalCodeFormat' }).regex(/^[0-9]{5}$/, {
    error: 'errors.organisation.postalCodeFormat',
  }),
  city: text(80, 'errors.organisation.cityRequired'),
});

export const organisationSchema = z
  .object({
    name: text(150, 'errors.organisation.nameRequired'),
    rna: rnaSchema.default(''),
    siren: sirenSchema.default(''),
    address: postalAddressSchema,
    object: text(1000, 'errors.organisation.objectRequired'),
    category: z.enum(ORGANISATION_CATEGORIES, { error: 'errors.organisation.categoryRequired' }),
    /** Only for `autre`: the category as the receipt must print it. */
    categoryOther: optionalText(200),
    /** Only for `rup`: date of the decree of recognition. */
    rupDecreeDate: isoDate.or(z.literal('')).default(''),
    signatoryName: text(100, 'errors.organisation.signatoryNameRequired'),
    signatoryTitle: text(100, 'errors.organisation.signatoryTitleRequired'),
    logo: imageDataUrl.or(z.literal('')).default(''),
    signature: imageDataUrl.or(z.literal('')).default(''),
  })
  .strict()
  .superRefine((org, ctx) => {
    if (!org.rna && !org.siren) {
      ctx.addIssue({ code: 'custom', path: ['rna'], message: 'errors.organisation.rnaOrSirenRequired' });
    }
    if (org.category === 'autre' && !org.categoryOther) {
      ctx.addIssue({
        code: 'custom',
        path: ['categoryOther'],
        message: 'errors.organisation.categoryOtherRequired',
      });
    }
    if (org.category === 'rup' && !org.rupDecreeDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['rupDecreeDate'],
        message: 'errors.organisation.rupDecreeDateRequired',
      });
    }
  });

export type Organisation = z.output<typeof organisationSchema>;
export type OrganisationInput = z.input<typeof organisationSchema>;

/** Every message key the schema can produce, so tests can check both languages have them. */
export const ORGANISATION_ERROR_KEYS = [
  'errors.common.tooLong',
  'errors.common.isoDate',
  'errors.organisation.imageFormat',
  'errors.organisation.imageTooLarge',
  'errors.organisation.rnaFormat',
  'errors.organisation.sirenFormat',
  'errors.organisation.sirenChecksum',
  'errors.organisation.addressRequired',
  'errors.organisation.postalCodeFormat',
  'errors.organisation.cityRequired',
  'errors.organisation.nameRequired',
  'errors.organisation.objectRequired',
  'errors.organisation.categoryRequired',
  'errors.organisation.signatoryNameRequired',
  'errors.organisation.signatoryTitleRequired',
  'errors.organisation.rnaOrSirenRequired',
  'errors.organisation.categoryOtherRequired',
  'errors.organisation.rupDecreeDateRequired',
] as const;
