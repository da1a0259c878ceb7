import type { CampaignPlatform, PlatformPreset } from '../../../shared/contract/campaigns';
import { asCents } from '../../../shared/money';

/**
 * Usual fees and longest campaign of each platform, from their public pricing pages (figures for
 * European creators, before VAT where the platform states it so). They only seed a new campaign:
 * every figure stays editable per campaign, because platforms change their pricing and negotiate.
 */
export const PLATFORM_PRESETS: Readonly<Record<CampaignPlatform, PlatformPreset>> = {
  touscoprod: {
    platform: 'touscoprod',
    name: 'Touscoprod',
    commissionBp: 800,
    paymentBp: 0,
    paymentFixedCents: asCents(0),
    maxDurationDays: 90,
    note: '8 % of the money collected, payment fees included.',
  },
  kisskissbankbank: {
    platform: 'kisskissbankbank',
    name: 'KissKissBankBank',
    commissionBp: 800,
    paymentBp: 0,
    paymentFixedCents: asCents(0),
    maxDurationDays: 60,
    note: '8 % of the money collected, payment fees included.',
  },
  ulule: {
    platform: 'ulule',
    name: 'Ulule',
    commissionBp: 667,
    paymentBp: 0,
    paymentFixedCents: asCents(0),
    maxDurationDays: 90,
    note: '6.67 % of the money collected, payment fees included.',
  },
  kickstarter: {
    platform: 'kickstarter',
    name: 'Kickstarter',
    commissionBp: 500,
    paymentBp: 300,
    paymentFixedCents: asCents(20),
    maxDurationDays: 60,
    note: '5 % platform fee, plus payment processing of about 3 % + 0.20 per pledge.',
  },
  indiegogo: {
    platform: 'indiegogo',
    name: 'Indiegogo',
    commissionBp: 500,
    paymentBp: 300,
    paymentFixedCents: asCents(30),
    maxDurationDays: 60,
    note: '5 % platform fee, plus payment processing of about 3 % + 0.30 per contribution.',
  },
  own_site: {
    platform: 'own_site',
    name: 'Own site',
    commissionBp: 0,
    paymentBp: 150,
    paymentFixedCents: asCents(25),
    maxDurationDays: 365,
    note: 'No platform fee; card processing of about 1.5 % + 0.25 per payment (European cards).',
  },
  offline: {
    platform: 'offline',
    name: 'Offline (cheques, transfers, cash)',
    commissionBp: 0,
    paymentBp: 0,
    paymentFixedCents: asCents(0),
    maxDurationDays: 365,
    note: 'No fees.',
  },
};

export function platformPreset(platform: CampaignPlatform): PlatformPreset {
  return PLATFORM_PRESETS[platform];
}

export function listPlatformPresets(): PlatformPreset[] {
  return Object.values(PLATFORM_PRESETS);
}
