import { z } from 'zod';

/** What a store fills in about itself before publishing; read from the environment by `voicecart package`. */
export const StoreProfileSchema = z.object({
  VOICECART_SELLER: z.string().min(1).default('Corner Grocer'),
  VOICECART_INVOCATION: z.string().min(1).default('corner grocer'),
  VOICECART_PRIVACY_URL: z.string().url().default('https://corner-grocer.example/privacy'),
  VOICECART_TERMS_URL: z.string().url().default('https://corner-grocer.example/terms'),
  /** A Lambda ARN, or the HTTPS address of `npm start` behind a certificate. */
  VOICECART_ENDPOINT: z.string().min(1).default('arn:aws:lambda:us-east-1:123456789012:function:voicecart'),
  VOICECART_OAUTH_AUTHORIZATION_URL: z.string().url().default('https://corner-grocer.example/oauth/authorize'),
  VOICECART_OAUTH_TOKEN_URL: z.string().url().default('https://corner-grocer.example/oauth/token'),
  VOICECART_OAUTH_CLIENT_ID: z.string().min(1).default('alexa-voicecart'),
});
export type StoreProfile = z.infer<typeof StoreProfileSchema>;

function endpointOf(uri: string): Record<string, string> {
  // Alexa calls HTTPS endpoints only with a trusted certificate; Lambda ARNs need nothing more.
  return uri.startsWith('arn:') ? { uri } : { uri, sslCertificateType: 'Trusted' };
}

/** skill.json: a custom skill for en-US that sells through the store's own checkout. */
export function skillManifest(profile: StoreProfile): object {
  const invocation = profile.VOICECART_INVOCATION;
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: {
          'en-US': {
            name: profile.VOICECART_SELLER,
            summary: `Shop ${profile.VOICECART_SELLER} by voice: build your cart, reorder your usual, check out.`,
            description:
              `Add groceries by voice, hear your cart read back a few items at a time, keep named lists, ` +
              `reorder your usual basket and check out with ${profile.VOICECART_SELLER}. ` +
              'Link your store account to place orders; every order is read back and needs your yes.',
            examplePhrases: [
              `Alexa, open ${invocation}`,
              `Alexa, ask ${invocation} to add paper towels`,
              `Alexa, tell ${invocation} to reorder my usual`,
            ],
            keywords: ['groceries', 'shopping', 'cart', 'reorder', 'shopping list'],
          },
        },
        isAvailableWorldwide: false,
        distributionCountries: ['US'],
        category: 'SHOPPING',
        testingInstructions: 'Link a test account of the store backend (voicecart token issues one), then add, read and check out.',
      },
      privacyAndCompliance: {
        allowsPurchases: true,
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        locales: { 'en-US': { privacyPolicyUrl: profile.VOICECART_PRIVACY_URL, termsOfUseUrl: profile.VOICECART_TERMS_URL } },
      },
      apis: {
        custom: {
          endpoint: endpointOf(profile.VOICECART_ENDPOINT),
          interfaces: [{ type: 'ALEXA_PRESENTATION_APL' }],
        },
      },
    },
  };
}

/**
 * Account linking (uploaded with `ask smapi update-account-linking-info`): Alexa signs the shopper
 * in at the store's OAuth server and hands the skill the access token the store backend accepts.
 */
export function accountLinking(profile: StoreProfile): object {
  return {
    accountLinkingRequest: {
      type: 'AUTH_CODE',
      authorizationUrl: profile.VOICECART_OAUTH_AUTHORIZATION_URL,
      accessTokenUrl: profile.VOICECART_OAUTH_TOKEN_URL,
      clientId: profile.VOICECART_OAUTH_CLIENT_ID,
      scopes: ['orders:write', 'profile:read'],
      accessTokenScheme: 'HTTP_BASIC',
      domains: [],
      skipOnEnablement: true,
    },
  };
}
