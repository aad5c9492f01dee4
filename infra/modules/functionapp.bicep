// The ContractDocs Functions app: the .NET isolated worker (dotnet-isolated 10.0) on the Flex Consumption plan,
// system-assigned managed identity, identity-based storage settings (no keys). The app checks callers itself against
// the Entra ID app registration (ContractDocs__Entra__*): access tokens on the API, OpenID Connect sign-in on the pages.

@description('Azure region.')
param location string

@description('Tags applied to every resource; the app also gets the azd service tag.')
param tags object

@description('Flex Consumption plan name.')
param planName string

@description('Function app name.')
param appName string

@description('Storage account name (AzureWebJobsStorage, the trigger connection and the app data).')
param storageAccountName string

@description('Blob endpoint of the storage account, e.g. https://<account>.blob.core.windows.net/.')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Container the Flex Consumption plan deploys the package from.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Memory per instance, MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Version of .NET the dotnet-isolated runtime runs the app on.')
@allowed([
  '10.0'
])
param runtimeVersion string

@description('Client (application) id of the Entra ID app registration that protects the API.')
param authClientId string

@description('Entra ID tenant of that app registration.')
param authTenantId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Flex Consumption sets the worker runtime from functionAppConfig.runtime; FUNCTIONS_WORKER_RUNTIME and
      // FUNCTIONS_EXTENSION_VERSION are not allowed as app settings on this plan.
      appSettings: [
        // The host's own storage, identity-based: the system-assigned identity, no connection string.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        // The IncomingDocument blob trigger's connection "Storage", identity-based.
        {
          name: 'Storage__blobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'Storage__queueServiceUri'
          value: queueEndpoint
        }
        {
          name: 'Storage__credential'
          value: 'managedidentity'
        }
        // The app's own data, reached with DefaultAzureCredential (the managed identity in Azure).
        {
          name: 'ContractDocs__StorageAccountUri'
          value: 'https://${storageAccountName}.blob.${environment().suffixes.storage}'
        }
        // Serve the releases legal published to the `releases` container. Until the first one is published the app
        // serves the clause-library folder shipped in the deployment package, which is also what
        // POST /api/releases/{id}/publish publishes from (README, "Deploy to Azure").
        {
          name: 'ContractDocs__LibrarySource'
          value: 'storage'
        }
        // Who may call: the app validates Entra access tokens (issuer, audience, signature, app roles) and signs people
        // in to the pages with OpenID Connect against this registration. It trusts no platform header
        // (ContractDocs__TrustPrincipalHeader stays unset) and refuses a development identity.
        {
          name: 'ContractDocs__Entra__Instance'
          value: environment().authentication.loginEndpoint
        }
        {
          name: 'ContractDocs__Entra__TenantId'
          value: authTenantId
        }
        {
          name: 'ContractDocs__Entra__ClientId'
          value: authClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
      ]
    }
  }
}

// No App Service Authentication (Easy Auth) in front: on Flex Consumption its documentation has said it does not block
// unauthenticated callers, and a header it may or may not strip proves nothing. The app is the gate (README, "Deploy to
// Azure"): every API call needs a function key at the host and an Entra access token at the app; the pages redirect to
// Entra to sign in.
//
// The app registration itself is not created here: Bicep can only create it with the Microsoft Graph extension
// (extension microsoftGraphV1, resource 'Microsoft.Graph/applications@v1.0'), which needs Graph permissions
// (Application.ReadWrite.All) the deploying identity usually lacks. Create it once, by hand or by script, then
// pass its ids as authClientId / authTenantId:
//   1. az ad app create --display-name contractdocs-api --sign-in-audience AzureADMyOrg
//        --app-roles @roles.json     (three roles, allowedMemberTypes ["User"], values "commissioner", "legal",
//                                     "procurement"; each with a new GUID id, a displayName and a description)
//   2. az ad app update --id <appId> --identifier-uris api://<appId>
//      and set "api": { "requestedAccessTokenVersion": 2 } in the manifest so tokens carry the v2.0 issuer the app
//      expects (https://login.microsoftonline.com/<tenant>/v2.0) and the audience api://<appId>.
//   3. az ad sp create --id <appId>, then assign users or groups to the roles on the enterprise application
//      (and turn on "Assignment required" so only assigned people get tokens).
//   4. After the first deploy, for the pages' sign-in: az ad app update --id <appId> --enable-id-token-issuance true
//        --web-redirect-uris https://<app host>/signin-oidc
// No client secret is configured: the pages' sign-in asks for an ID token only (OpenID Connect, form post).

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
output principalId string = app.identity.principalId
