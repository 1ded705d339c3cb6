import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { parse, type ScalarTag } from 'yaml';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/runtime/config.ts';
import { updateShopper, writesFor } from '../../src/shopper/store.ts';
import { DynamoShopperStore } from '../../src/storage/dynamodb.ts';
import { localDocumentClient, startDynalite, type LocalDynamo } from '../support/dynalite.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** CloudFormation's short forms (!Ref, !GetAtt, …), read as the long forms they stand for. */
const cloudFormationTags: ScalarTag[] = ['Ref', 'GetAtt', 'Sub', 'If', 'Not', 'Equals', 'Join', 'Select', 'Split'].flatMap((name) => {
  const long = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  const resolve = (value: unknown): unknown => ({ [long]: value });
  return [
    { tag: `!${name}`, resolve: (value: string) => resolve(value) } as ScalarTag,
    { tag: `!${name}`, collection: 'seq', resolve: (value: { toJSON(): unknown }) => resolve(value.toJSON()) } as unknown as ScalarTag,
  ];
});

const Template = z.object({
  Parameters: z.record(z.string(), z.object({ Default: z.unknown().optional() })),
  Resources: z.object({
    ShoppersTable: z.object({
      Properties: z.object({
        AttributeDefinitions: z.array(z.object({ AttributeName: z.string(), AttributeType: z.string() })),
        KeySchema: z.array(z.object({ AttributeName: z.string(), KeyType: z.string() })),
      }),
    }),
    SkillFunctionRole: z.object({
      Properties: z.object({
        Policies: z.array(z.object({ PolicyDocument: z.object({ Statement: z.array(z.object({ Action: z.array(z.string()) })) }) })),
      }),
    }),
    SkillFunction: z.object({
      Properties: z.object({
        Timeout: z.number(),
        MemorySize: z.unknown(),
        Environment: z.object({ Variables: z.record(z.string(), z.unknown()) }),
      }),
    }),
  }),
  Outputs: z.record(z.string(), z.unknown()),
});

const template = Template.parse(parse(readFileSync(root('infrastructure/skill-stack.yaml'), 'utf8'), { customTags: cloudFormationTags }));

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

describe('the CloudFormation template the README deploys', () => {
  it('makes the table with the key the shopper store reads and writes', async () => {
    const { documents, destroy } = localDocumentClient(dynamo.endpoint);
    try {
      await new DynamoShopperStore({ tableName: 'made-by-the-store', client: documents }).ensureTable();
      const { Table } = await documents.send(new DescribeTableCommand({ TableName: 'made-by-the-store' }));
      const sorted = <T extends { AttributeName?: string | undefined }>(list: readonly T[] | undefined): T[] =>
        [...(list ?? [])].sort((a, b) => (a.AttributeName ?? '').localeCompare(b.AttributeName ?? ''));
      const table = template.Resources.ShoppersTable.Properties;
      expect(sorted(table.KeySchema)).toEqual(sorted(Table?.KeySchema).map(({ AttributeName, KeyType }) => ({ AttributeName, KeyType })));
      expect(sorted(table.AttributeDefinitions)).toEqual(sorted(Table?.AttributeDefinitions).map(({ AttributeName, AttributeType }) => ({ AttributeName, AttributeType })));
    } finally {
      destroy();
    }
  });

  it('lets the function do every DynamoDB operation the shopper store does, and no more', async () => {
    const { documents, destroy } = localDocumentClient(dynamo.endpoint);
    const used = new Set<string>();
    documents.middlewareStack.add(
      (next, context) => (args) => {
        used.add(`dynamodb:${String(context.commandName).replace(/Command$/, '')}`);
        return next(args);
      },
      { step: 'initialize' },
    );
    try {
      const store = new DynamoShopperStore({ tableName: 'shoppers-of-the-role', client: documents });
      await store.ensureTable();
      used.clear();
      const milk = { productId: 'p1', name: 'Whole Milk', quantity: 1, unit: null };
      await updateShopper(store, 'shopper-1', (state) => ({ state: { ...state, cart: [milk], lists: { party: [milk] } }, result: undefined }));
      const read = await store.load('shopper-1');
      await updateShopper(store, 'shopper-1', (state) => ({ state: { ...state, lists: {} }, result: undefined }));
      // A device that read the list before it was deleted is refused, not allowed to write it back.
      expect(await store.commit('shopper-1', writesFor(read, { ...read.state, lists: { party: [] } }))).toBe(false);
    } finally {
      destroy();
    }
    const granted = template.Resources.SkillFunctionRole.Properties.Policies.flatMap((policy) => policy.PolicyDocument.Statement.flatMap((s) => s.Action));
    const asNamedByIam = [...used].map((operation) => operation.replace(/^dynamodb:(Get|Put|Update|Delete)$/, 'dynamodb:$1Item'));
    expect(new Set(granted)).toEqual(new Set(asNamedByIam));
  });

  it('sets only settings voicecart reads, and those the Lambda needs, with a timeout within the 8 seconds Alexa waits', () => {
    const { Variables } = template.Resources.SkillFunction.Properties.Environment;
    const known = Object.keys(ConfigSchema.shape);
    for (const name of Object.keys(Variables)) expect(known, name).toContain(name);
    expect(Object.keys(Variables)).toEqual(expect.arrayContaining(['VOICECART_STORE', 'VOICECART_DYNAMODB_TABLE', 'VOICECART_BACKEND_URL', 'VOICECART_SKILL_ID']));
    expect(template.Resources.SkillFunction.Properties.Timeout).toBeLessThanOrEqual(8);
    expect(template.Parameters.LambdaHandler?.Default).toBe('index.handler');
    // The ASK CLI's cfn-deployer passes these and reads SkillEndpoint.
    expect(Object.keys(template.Parameters)).toEqual(expect.arrayContaining(['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']));
    expect(Object.keys(template.Outputs)).toContain('SkillEndpoint');
  });
});

describe('ask-resources.json, for ask deploy', () => {
  const Resources = z.object({
    profiles: z.object({
      default: z.object({
        skillMetadata: z.object({ src: z.string() }),
        code: z.object({ default: z.object({ src: z.string() }) }),
        skillInfrastructure: z.object({
          type: z.literal('@ask-cli/cfn-deployer'),
          userConfig: z.object({ runtime: z.string(), handler: z.string(), templatePath: z.string(), cfn: z.object({ parameters: z.record(z.string(), z.string()) }) }),
        }),
      }),
    }),
  });
  const { skillMetadata, code, skillInfrastructure } = Resources.parse(JSON.parse(readFileSync(root('ask-resources.json'), 'utf8'))).profiles.default;

  it('deploys the skill package in skill/, the folder npm run build packs, and this template', () => {
    expect(existsSync(root(`${skillMetadata.src}/skill.json`))).toBe(true);
    expect(existsSync(root(`${skillMetadata.src}/interactionModels/custom/en-US.json`))).toBe(true);
    expect(code.default.src).toBe('./dist/lambda');
    expect(existsSync(root(skillInfrastructure.userConfig.templatePath))).toBe(true);
    expect(skillInfrastructure.userConfig).toMatchObject({ runtime: template.Parameters.LambdaRuntime?.Default, handler: 'index.handler' });
    for (const name of Object.keys(skillInfrastructure.userConfig.cfn.parameters)) expect(Object.keys(template.Parameters)).toContain(name);
  });
});
