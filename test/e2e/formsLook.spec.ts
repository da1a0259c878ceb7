import { createTranslator } from '../../shared/i18n';
import { api, filmProject, shoot } from './contributorsPage';
import { test, expect } from './support/app';

test.use({ seed: 'demo', locale: 'en-US', viewport: { width: 1280, height: 900 } });

/**
 * The forms that write through the contract, each with a refusal shown beside a field, in both
 * languages and both themes: the refusal must be legible, next to its field, and take the keyboard.
 */
for (const language of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`forms with a refusal beside a field (${language}, ${theme})`, async ({
      page,
      app,
    }, testInfo) => {
      const { t } = createTranslator(language);
      await api(app, 'workspace.setLanguage', { language });
      await page.emulateMedia({ colorScheme: theme });
      const shot = (name: string) => shoot(page, testInfo, `form-${name}-${language}-${theme}.png`);

      const film = await filmProject(app);
      const [campaign] = await api(app, 'campaigns.list', { projectId: film.id });
      if (!campaign) throw new Error('The film has no campaign');
      const tiers = await api(app, 'tiers.list', { campaignId: campaign.id });
      const tier = tiers.find(
        (candidate) =>
          !candidate.isAddon && candidate.minimumCents > 1000 && candidate.remaining !== 0,
      );
      if (!tier) throw new Error('The campaign has no tier above 10.00');
      const [person] = (await api(app, 'contributors.search', { limit: 1 })).rows;
      if (!person) throw new Error('The demo has no contributor');

      // Contact: an email the contract refuses.
      await page.goto(`${app.url}#/contributors/${person.id}`);
      await page.getByRole('button', { name: t('contributors.detail.edit') }).click();
      const contact = page.getByRole('form', {
        name: t('contributors.contactForm.title', { name: person.displayName }),
      });
      const email = contact.getByRole('textbox', { name: t('contributors.contactForm.email') });
      await email.fill('not-an-email');
      await contact.getByRole('button', { name: t('contributors.contactForm.save') }).click();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toBeFocused();
      await shot('contact');

      // Offline pledge: under the tier's minimum, refused by the contract beside the amount.
      await page.goto(`${app.url}#/contributors?project=${film.id}`);
      await page.getByRole('button', { name: t('contributors.addPledge') }).click();
      const dialog = page.getByRole('dialog', { name: t('contributors.offline.title') });
      await dialog.getByRole('radio', { name: t('contributors.offline.newOne') }).check();
      await dialog
        .getByRole('textbox', { name: t('contributors.contactForm.displayName') })
        .fill('Odile Chèque');
      await dialog
        .getByRole('combobox', { name: t('contributors.offline.tier') })
        .selectOption(String(tier.id));
      const amount = dialog.getByRole('textbox', { name: t('contributors.offline.amount') });
      await amount.fill('1');
      await dialog.getByRole('button', { name: t('contributors.offline.save') }).click();
      await expect(amount).toHaveAttribute('aria-invalid', 'true');
      await expect(amount).toBeFocused();
      await shot('offline');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // Reward item: a negative cost, refused by the contract.
      await page.goto(`${app.url}#/campaigns/${campaign.id}`);
      await page.getByRole('button', { name: t('campaigns.items.new') }).click();
      const item = page.getByRole('form', { name: t('campaigns.items.newTitle') });
      await item.getByLabel(t('campaigns.items.fields.name')).fill('Poster');
      const cost = item.getByLabel(
        t('campaigns.items.fields.unitCost', { currency: campaign.currency }),
      );
      await cost.fill('-3');
      await item.getByRole('button', { name: t('campaigns.items.create') }).click();
      await expect(cost).toHaveAttribute('aria-invalid', 'true');
      await expect(cost).toBeFocused();
      await shot('item');
      await page.keyboard.press('Escape');

      // Reward tier: a delivery month the contract refuses.
      await page.getByRole('button', { name: t('campaigns.tiers.new') }).click();
      const tierForm = page.getByRole('form', { name: t('campaigns.tiers.newTitle') });
      await tierForm.getByLabel(t('campaigns.tiers.fields.title')).fill('The poster');
      await tierForm
        .getByLabel(t('campaigns.tiers.fields.minimum', { currency: campaign.currency }))
        .fill('20');
      const delivery = tierForm.getByLabel(t('campaigns.tiers.fields.delivery'));
      await delivery.fill('2027-13');
      await tierForm.getByRole('button', { name: t('campaigns.tiers.create') }).click();
      await expect(delivery).toHaveAttribute('aria-invalid', 'true');
      await expect(delivery).toHaveAccessibleDescription(
        new RegExp(`^${t('campaigns.issues.delivery')}`),
      );
      await expect(delivery).toBeFocused();
      await shot('tier');
    });
  }
}
