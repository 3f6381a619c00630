/** The OpenAPI 3.1 document, generated from the routes' Zod schemas, and interactive docs. */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export const openapiPlugin = fp(async (app: FastifyInstance, opts: { version: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Parlance API",
        version: opts.version,
        description:
          "Every error answers {\"error\": {\"code\", \"message\", \"details\"?}}. Signed-in calls use the session cookie; writes must send JSON and come from Parlance's origin.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "parlance_session" } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
