//! Tencent IM's regional REST domains, each with the backup domain to use when the primary is
//! unreachable or hijacked. Calling the wrong region for an SDKAppID yields 70016 / 70020.

/// The region an SDKAppID was created in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImRegion {
    /// China.
    China,
    /// Singapore.
    Singapore,
    /// Seoul.
    Seoul,
    /// Frankfurt.
    Frankfurt,
    /// Listed on older pages only.
    Mumbai,
    /// Silicon Valley.
    SiliconValley,
    /// Jakarta.
    Jakarta,
    /// Listed on newer pages; no backup domain is documented.
    Tokyo,
}

impl ImRegion {
    /// Every region.
    pub const ALL: [ImRegion; 8] = [
        ImRegion::China,
        ImRegion::Singapore,
        ImRegion::Seoul,
        ImRegion::Frankfurt,
        ImRegion::Mumbai,
        ImRegion::SiliconValley,
        ImRegion::Jakarta,
        ImRegion::Tokyo,
    ];

    /// The primary domain.
    pub fn domain(self) -> &'static str {
        match self {
            ImRegion::China => "console.tim.qq.com",
            ImRegion::Singapore => "adminapisgp.im.qcloud.com",
            ImRegion::Seoul => "adminapikr.im.qcloud.com",
            ImRegion::Frankfurt => "adminapiger.im.qcloud.com",
            ImRegion::Mumbai => "adminapiind.im.qcloud.com",
            ImRegion::SiliconValley => "adminapiusa.im.qcloud.com",
            ImRegion::Jakarta => "adminapiidn.im.qcloud.com",
            ImRegion::Tokyo => "adminapijpn.im.qcloud.com",
        }
    }

    /// The backup domain, where one is documented.
    pub fn backup_domain(self) -> Option<&'static str> {
        Some(match self {
            ImRegion::China => "adminapi.my-imcloud.com",
            ImRegion::Singapore => "adminapisgp.my-imcloud.com",
            ImRegion::Seoul => "adminapikr.my-imcloud.com",
            ImRegion::Frankfurt => "adminapiger.my-imcloud.com",
            ImRegion::Mumbai => "adminapiind.my-imcloud.com",
            ImRegion::SiliconValley => "adminapiusa.my-imcloud.com",
            ImRegion::Jakarta => "adminapiidn.my-imcloud.com",
            ImRegion::Tokyo => return None,
        })
    }

    /// `https://{domain}`.
    pub fn base_url(self) -> String {
        format!("https://{}", self.domain())
    }

    /// `https://{backup domain}`, where one is documented.
    pub fn backup_base_url(self) -> Option<String> {
        self.backup_domain().map(|domain| format!("https://{domain}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_has_its_documented_domains() {
        assert_eq!(ImRegion::China.base_url(), "https://console.tim.qq.com");
        assert_eq!(ImRegion::China.backup_domain(), Some("adminapi.my-imcloud.com"));
        assert_eq!(ImRegion::Tokyo.backup_domain(), None);
        for region in ImRegion::ALL {
            assert!(region.domain().starts_with("adminapi") || region == ImRegion::China);
        }
    }
}
