import { PublishStatus as PublishStatus_0ca9efd98e690c40b161fc3f6d721d91 } from '../../../components/PublishStatus.tsx'
import { FeedbackSummary as FeedbackSummary_a97ab4dc9d15009aeac26ba378c14af1 } from '../../../feedback/admin/FeedbackSummary.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { DutchLexicalLabelsClient as DutchLexicalLabelsClient_dc8dfb3ab67d3ceb65575cfa01cd84f6 } from '../../../i18n/DutchLexicalLabels.tsx'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FirstUserNote as FirstUserNote_4c7ce17e0e49cade6e6ae933762163db } from '../../../components/FirstUserNote.tsx'
import { InviteUsers as InviteUsers_eb35a5d96e95fac71af339b67ef25b23 } from '../../../email/admin/InviteUsers.tsx'
import { SiteBuildStatus as SiteBuildStatus_ab093663216bd696428610ae0983c7c9 } from '../../../components/SiteBuildStatus.tsx'
import { UsersForAdminsOnly as UsersForAdminsOnly_4829e7fcce975a997a65b7969c0a3e71 } from '../../../components/UsersForAdminsOnly.tsx'
import { Icon as Icon_46c943d6bd78a2388fa89be3d2e39c1a } from '../../../components/Icon.tsx'
import { Logo as Logo_365037afd3f8b635f4f4e172deeb2f05 } from '../../../components/Logo.tsx'
import { LoginMailNote as LoginMailNote_af20fa58b3bed56c51fb0f01393c5a50 } from '../../../email/admin/LoginMailNote.tsx'
import { EditorNavLinks as EditorNavLinks_7df20caa2f9f063ad8c2d5715236446c } from '../../../components/EditorNavLinks.tsx'
import { EditorDashboard as EditorDashboard_28059819ef9b070e5525fad2ce95d053 } from '../../../components/EditorDashboard.tsx'
import { EditorGuide as EditorGuide_dca1fc8399fc161d92b66a9fc73e97ea } from '../../../components/EditorGuide.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/PublishStatus.tsx#PublishStatus": PublishStatus_0ca9efd98e690c40b161fc3f6d721d91,
  "/feedback/admin/FeedbackSummary.tsx#FeedbackSummary": FeedbackSummary_a97ab4dc9d15009aeac26ba378c14af1,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/i18n/DutchLexicalLabels.tsx#DutchLexicalLabelsClient": DutchLexicalLabelsClient_dc8dfb3ab67d3ceb65575cfa01cd84f6,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/FirstUserNote.tsx#FirstUserNote": FirstUserNote_4c7ce17e0e49cade6e6ae933762163db,
  "/email/admin/InviteUsers.tsx#InviteUsers": InviteUsers_eb35a5d96e95fac71af339b67ef25b23,
  "/components/SiteBuildStatus.tsx#SiteBuildStatus": SiteBuildStatus_ab093663216bd696428610ae0983c7c9,
  "/components/UsersForAdminsOnly.tsx#UsersForAdminsOnly": UsersForAdminsOnly_4829e7fcce975a997a65b7969c0a3e71,
  "/components/Icon.tsx#Icon": Icon_46c943d6bd78a2388fa89be3d2e39c1a,
  "/components/Logo.tsx#Logo": Logo_365037afd3f8b635f4f4e172deeb2f05,
  "/email/admin/LoginMailNote.tsx#LoginMailNote": LoginMailNote_af20fa58b3bed56c51fb0f01393c5a50,
  "/components/EditorNavLinks.tsx#EditorNavLinks": EditorNavLinks_7df20caa2f9f063ad8c2d5715236446c,
  "/components/EditorDashboard.tsx#EditorDashboard": EditorDashboard_28059819ef9b070e5525fad2ce95d053,
  "/components/EditorGuide.tsx#EditorGuide": EditorGuide_dca1fc8399fc161d92b66a9fc73e97ea,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
